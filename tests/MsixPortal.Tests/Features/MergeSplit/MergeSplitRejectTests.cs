using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.MergeSplit;

/// <summary>Pending → rejected: nothing is applied, and the records are free to be flagged again.</summary>
public class MergeSplitRejectTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Reject_ByAnotherAdministrator_NothingAppliedAndTheLockReleased()
    {
        var first = await TestStudents.CreateAsync(factory.Services, "TX");
        var second = await TestStudents.CreateAsync(factory.Services, "TX");
        var flagger = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var validator = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var path = (await FlagMergeAsync(flagger, first.MsixId, second.MsixId)).LocationPath()!;
        var before = await TestStudents.SnapshotAsync(factory.Services);

        var rejected = await DecideAsync(validator, path, "reject");

        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal("Rejected", (await HtmlPage.GetAsync(validator, path)).Text("[data-testid=status]"));
        Assert.Equal(before, await TestStudents.SnapshotAsync(factory.Services));
        var flaggedAgain = await FlagMergeAsync(flagger, first.MsixId, second.MsixId);
        Assert.Equal(HttpStatusCode.Redirect, flaggedAgain.StatusCode);
        Assert.NotEqual(path, flaggedAgain.LocationPath());
    }
}
