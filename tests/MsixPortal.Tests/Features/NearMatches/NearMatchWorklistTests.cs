using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Tests.Features.Submissions;
using MsixPortal.TestSupport;
using TestStudent = MsixPortal.Tests.Features.Submissions.TestStudent;

namespace MsixPortal.Tests.Features.NearMatches;

/// <summary>Near matches in the submitting State's shared worklist, and a "no match" that holds on re-submission.</summary>
public class NearMatchWorklistTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Worklist_OpenNearMatch_ListedForSubmittingStateDataAdministratorsOnly()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services, candidateState: "TX", incomingState: "CA");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "CA");
        var candidateStateAdmin = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator, null);

        var list = await HtmlPage.GetAsync(admin, "/worklists?Kind=near-match");

        Assert.NotNull(list.Document.QuerySelector($"[data-kind=near-match] a[href='/near-matches/{id}']"));
        Assert.Equal("1", (await HtmlPage.GetAsync(admin, "/")).Text("[data-testid=work-count]"));
        Assert.Equal("0", (await HtmlPage.GetAsync(staff, "/")).Text("[data-testid=work-count]"));
        Assert.Equal("0", (await HtmlPage.GetAsync(candidateStateAdmin, "/")).Text("[data-testid=work-count]"));
        Assert.Equal("1", (await HtmlPage.GetAsync(national, "/")).Text("[data-testid=work-count]"));
        Assert.NotNull((await HtmlPage.GetAsync(admin, "/worklists?Kind=merge")).Document.QuerySelector("[data-testid=empty]"));
    }

    [Fact]
    public async Task AssignToMe_NearMatch_ListedAsMineAndNamedToColleagues()
    {
        await TestNearMatches.CreateAsync(factory.Services);
        var taker = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var colleague = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var list = await HtmlPage.GetAsync(taker, "/worklists?Kind=near-match");

        var assigned = await list.Form("/worklists/assign").PostAsync(taker);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.NotNull((await HtmlPage.GetAsync(taker, "/worklists?Assigned=mine")).Document.QuerySelector("[data-kind=near-match]"));
        Assert.NotNull((await HtmlPage.GetAsync(colleague, "/worklists?Assigned=unassigned")).Document.QuerySelector("[data-testid=empty]"));
        Assert.Contains("Pat Tester", (await HtmlPage.GetAsync(colleague, "/worklists")).Text("[data-testid=worklist]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecideNoMatch_SameChildDeletedAndSubmittedAgain_NotProposedAgainAndLeavesTheWorklist()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var form = (await HtmlPage.GetAsync(admin, $"/near-matches/{id}/decide?decision=no-match")).Form($"/near-matches/{id}/decide");

        await form.PostAsync(admin);

        Assert.NotNull((await HtmlPage.GetAsync(admin, "/worklists")).Document.QuerySelector("[data-testid=empty]"));
        var stateId = await factory.QueryAsync(db => db.NearMatchItems.Where(n => n.PublicId == id)
            .Join(db.StateStudentRecords, n => n.StateStudentRecordId, r => r.Id, (n, r) => r.StateStudentId).SingleAsync());
        var delete = TestStudent.Deletion("CA", stateId);
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("CA", [delete]), state: "CA");
        var again = TestStudent.Child("CA", stateId, first: "Lisete", last1: "Garcia", last2: null, birthDate: "20140308")
            .Set("Parent1FirstName", null).Set("Parent1LastName", null).Set("Parent2FirstName", null).Set("Parent2LastName", null);
        var result = await factory.SubmitAsync(SubmissionFiles.XmlBytes("CA", [again]), state: "CA");
        Assert.Equal((0, 1, 0), (result.Linked, result.NewStudents, result.NearMatches));
        Assert.NotNull((await HtmlPage.GetAsync(admin, "/worklists")).Document.QuerySelector("[data-testid=empty]"));
    }
}
