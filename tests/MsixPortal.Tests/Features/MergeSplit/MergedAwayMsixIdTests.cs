using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Features.Search;
using MsixPortal.TestSupport;
using MsixPortal.Tests.Features.Search;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.MergeSplit;

/// <summary>Links, bookmarks and searches for a merged-away MSIX ID lead to its master, whose record shows the history.</summary>
public class MergedAwayMsixIdTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task RecordPage_MergedAwayMsixId_RedirectsToMasterShowingHistory()
    {
        var (master, duplicate) = await MergedPairAsync();
        var reader = await factory.SignInAsync(PortalRoles.Recruiter, "TX");

        var old = await reader.GetAsync(new Uri($"/records/{duplicate.MsixId}", UriKind.Relative));
        var page = await HtmlPage.GetAsync(reader, old.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Equal($"/records/{master.MsixId}", old.LocationPath());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(duplicate.MsixId, page.Text("[data-testid=merged-from]"), StringComparison.Ordinal);
        Assert.Contains($"MSIX ID {duplicate.MsixId} was merged into this record", page.Text("[data-testid=msix-id-history]"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=send-move-notice]"));
    }

    [Fact]
    public async Task Search_MergedAwayMsixId_FindsTheMaster()
    {
        var (master, duplicate) = await MergedPairAsync();

        var found = await SearchStudents.FindAsync(factory, new SearchCriteria { MsixId = duplicate.MsixId });

        Assert.Equal(master.MsixId, SearchStudents.First(found));
    }

    private async Task<(TestStudent Master, TestStudent Duplicate)> MergedPairAsync()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "LA");
        var flagger = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var validator = await factory.SignInAsync(PortalRoles.DataAdministrator, "LA");
        var flagged = await FlagMergeAsync(flagger, master.MsixId, duplicate.MsixId);
        var validated = await DecideAsync(validator, flagged.LocationPath()!, "validate");
        Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        return (master, duplicate);
    }
}
