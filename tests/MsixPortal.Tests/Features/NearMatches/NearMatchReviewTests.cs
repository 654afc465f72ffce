using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Features.Audit;
using MsixPortal.Tests.Features.Submissions;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.NearMatches;

/// <summary>The near-match page: side by side with the score explained, State-scoped, and its decision.</summary>
public class NearMatchReviewTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Review_DataAdministratorOfSubmittingState_ShowsRecordsSideBySideAndScoreParts()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");

        var page = await HtmlPage.GetAsync(admin, $"/near-matches/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var rows = page.Document.QuerySelectorAll("[data-testid=comparison] tbody tr");
        Assert.Contains(rows, r => r.GetAttribute("data-agrees") == "false" && r.TextContent.Contains("Lisete", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.GetAttribute("data-agrees") == "true" && r.TextContent.Contains("Sex", StringComparison.Ordinal));
        Assert.Contains("Birth date", page.Text("[data-testid=score-parts]"), StringComparison.Ordinal);
        Assert.Contains("Score ", page.Text("[data-testid=score]"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"a[href='/near-matches/{id}/decide?decision=match']"));
        Assert.True(await factory.QueryAsync(db => db.AuditEvents.AnyAsync(a => a.Action == AuditActions.NearMatchReviewed)));
    }

    [Fact]
    public async Task Review_DataAdministratorOfAnotherState_Forbidden()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var candidateStateAdmin = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "CA");

        var page = await candidateStateAdmin.GetAsync(new Uri($"/near-matches/{id}", UriKind.Relative));
        var staffPage = await staff.GetAsync(new Uri($"/near-matches/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, staffPage.StatusCode);
    }

    [Fact]
    public async Task Decide_OtherStateAdministratorWithValidForm_ForbiddenAndItemStaysOpen()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var anyMsixId = await factory.QueryAsync(db => db.ConsolidatedStudents.Select(s => s.MsixId).FirstAsync());
        var other = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var answer = await WorkflowForms.PostAsync(other, anyMsixId, $"/near-matches/{id}/decide", ("Decision", "match"));

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(NearMatchStatus.Open, await factory.QueryAsync(db => db.NearMatchItems.Where(n => n.PublicId == id).Select(n => n.Status).SingleAsync()));
    }

    [Fact]
    public async Task Decide_MatchSubmittedTwiceWithSameKey_AppliedOnceBothRedirectToTheItem()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var form = (await HtmlPage.GetAsync(admin, $"/near-matches/{id}/decide?decision=match")).Form($"/near-matches/{id}/decide");

        var first = await form.PostAsync(admin);
        var second = await form.PostAsync(admin);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        Assert.Equal($"/near-matches/{id}", second.LocationPath());
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.NearMatchDecided && a.TargetId == id.ToString())));
        var item = await factory.QueryAsync(db => db.NearMatchItems.SingleAsync(n => n.PublicId == id));
        Assert.Equal(NearMatchStatus.Matched, item.Status);
        Assert.Equal(item.CandidateConsolidatedStudentId,
            await factory.QueryAsync(db => db.StateStudentRecords.Where(r => r.Id == item.StateStudentRecordId).Select(r => r.ConsolidatedStudentId).SingleAsync()));
        Assert.Equal("Matched", (await HtmlPage.GetAsync(admin, $"/near-matches/{id}")).Text("[data-testid=status]"));
    }

    [Fact]
    public async Task Decide_TwoAdministratorsAtOnce_ExactlyOneSucceedsOtherSeesConflict()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var first = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var second = await factory.SignInAsync(PortalRoles.NationalAdministrator, null);
        // Both confirmation pages are open before either administrator confirms.
        var forms = await Task.WhenAll(HtmlPage.GetAsync(first, $"/near-matches/{id}/decide?decision=match"),
            HtmlPage.GetAsync(second, $"/near-matches/{id}/decide?decision=no-match"));

        var answers = await Task.WhenAll(
            forms[0].Form($"/near-matches/{id}/decide").PostAsync(first),
            forms[1].Form($"/near-matches/{id}/decide").PostAsync(second));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("Another administrator decided this near match first", (await HtmlPage.LoadAsync(loser)).Text("[data-testid=conflict]"), StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEvents.CountAsync(a => a.Action == AuditActions.NearMatchDecided)));
    }

    [Fact]
    public async Task Review_ByTheSubmittingState_ShownInTheCandidateStatesAuditTrail()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var reviewer = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var candidateStateAdmin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");

        await HtmlPage.GetAsync(reviewer, $"/near-matches/{id}");
        var page = await HtmlPage.GetAsync(candidateStateAdmin, $"/admin/audit?Action={AuditActions.NearMatchReviewed}");

        Assert.Single(page.Document.QuerySelectorAll("tbody tr"));
    }

    /// <summary>
    /// security.md 41 for near matches: a match moves only the submitting State's own record, so the
    /// consent it needs is that State's (its data administrators decide; the candidate's State may not).
    /// </summary>
    [Fact]
    public async Task Decide_Match_MovesOnlyTheSubmittingStatesRecord()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var before = await factory.QueryAsync(db => db.StateStudentRecords.ToDictionaryAsync(r => r.Id, r => (r.StateCode, r.ConsolidatedStudentId)));
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");

        await (await HtmlPage.GetAsync(admin, $"/near-matches/{id}/decide?decision=match")).Form($"/near-matches/{id}/decide").PostAsync(admin);

        var after = await factory.QueryAsync(db => db.StateStudentRecords.ToDictionaryAsync(r => r.Id, r => r.ConsolidatedStudentId));
        var moved = Assert.Single(before, r => after[r.Key] != r.Value.ConsolidatedStudentId);
        Assert.Equal("CA", moved.Value.StateCode);
    }
}
