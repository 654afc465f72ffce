using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.Worklists;

public class WorklistTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Worklist_MergeFlaggedInTheState_ListedForOtherAdministratorsNotForTheFlagger()
    {
        var first = await TestStudents.CreateAsync(factory.Services, "ME");
        var second = await TestStudents.CreateAsync(factory.Services, "ME");
        var flagger = await factory.SignInAsync(PortalRoles.DataAdministrator, "ME");
        var colleague = await factory.SignInAsync(PortalRoles.DataAdministrator, "ME");
        var elsewhere = await factory.SignInAsync(PortalRoles.DataAdministrator, "VT");

        await FlagMergeAsync(flagger, first.MsixId, second.MsixId);

        Assert.Equal("0", (await HtmlPage.GetAsync(flagger, "/")).Text("[data-testid=work-count]"));
        Assert.Equal("1", (await HtmlPage.GetAsync(colleague, "/")).Text("[data-testid=work-count]"));
        Assert.Equal("0", (await HtmlPage.GetAsync(elsewhere, "/")).Text("[data-testid=work-count]"));
        var merges = await HtmlPage.GetAsync(colleague, "/worklists?Kind=merge");
        Assert.Contains(first.MsixId, merges.Text("[data-testid=worklist]"), StringComparison.Ordinal);
        Assert.NotNull((await HtmlPage.GetAsync(colleague, "/worklists?Kind=split")).Document.QuerySelector("[data-testid=empty]"));
    }

    [Fact]
    public async Task AssignToMe_SharedStateWorklist_ShowsTheAssigneeToColleagues()
    {
        var first = await TestStudents.CreateAsync(factory.Services, "NH");
        var second = await TestStudents.CreateAsync(factory.Services, "NH");
        var flagger = await factory.SignInAsync(PortalRoles.MepStaff, "NH");
        var taker = await factory.SignInAsync(PortalRoles.DataAdministrator, "NH");
        var colleague = await factory.SignInAsync(PortalRoles.DataAdministrator, "NH");
        await FlagMergeAsync(flagger, first.MsixId, second.MsixId);
        var list = await HtmlPage.GetAsync(taker, "/worklists");

        var assigned = await list.Form("/worklists/assign").PostAsync(taker);

        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var mine = await HtmlPage.GetAsync(taker, "/worklists?Assigned=mine");
        Assert.Contains(first.MsixId, mine.Text("[data-testid=worklist]"), StringComparison.Ordinal);
        var unassigned = await HtmlPage.GetAsync(colleague, "/worklists?Assigned=unassigned");
        Assert.NotNull(unassigned.Document.QuerySelector("[data-testid=empty]"));
        Assert.Contains("Pat Tester", (await HtmlPage.GetAsync(colleague, "/worklists")).Text("[data-testid=worklist]"), StringComparison.Ordinal);
    }
}
