using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.NearMatches;

/// <summary>
/// Issue 18: deciding a near match says first what it will change (and changes nothing), ends with
/// what was done and the next step; afterwards neither the temporary MSIX ID nor the upload's result
/// is a dead end.
/// </summary>
public class NearMatchJourneyTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>, IAsyncLifetime
{
    // Near matches are proposed between children submitted earlier: each test starts from an empty database.
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Match_ConfirmationSaysWhatMovesAndChangesNothingThenSuccessMessage()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var (incoming, candidate) = await TestNearMatches.MsixIdsAsync(factory.Services, id);
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");

        var review = await HtmlPage.GetAsync(admin, $"/near-matches/{id}");
        var confirmation = await HtmlPage.GetAsync(admin, $"/near-matches/{id}/decide?decision=match");
        var statusBeforeConfirming = await StatusAsync(id);
        var decided = await confirmation.Form($"/near-matches/{id}/decide").PostAsync(admin);
        var done = await HtmlPage.GetAsync(admin, decided.Headers.Location!.OriginalString);

        Assert.Null(review.Document.QuerySelector($"form[action='/near-matches/{id}/decide']"));
        var changes = confirmation.Text("[data-testid=what-changes]");
        Assert.Contains($"the temporary MSIX ID {incoming} moves to MSIX ID {candidate}", changes, StringComparison.Ordinal);
        Assert.Contains($"MSIX ID {incoming} is retired", changes, StringComparison.Ordinal);
        Assert.Equal(NearMatchStatus.Open, statusBeforeConfirming);
        Assert.Equal(NearMatchStatus.Matched, await StatusAsync(id));
        Assert.Contains($"Matched: the CA record now sits under MSIX ID {candidate}; the temporary MSIX ID {incoming} leads to it",
            done.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.NotNull(done.Document.QuerySelector("[data-testid=done] a[href='/worklists']"));
    }

    [Fact]
    public async Task NoMatch_ConfirmationThenSuccessMessageAndALinkToCompareForAMerge()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var (incoming, candidate) = await TestNearMatches.MsixIdsAsync(factory.Services, id);
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");

        var confirmation = await HtmlPage.GetAsync(admin, $"/near-matches/{id}/decide?decision=no-match");
        var decided = await confirmation.Form($"/near-matches/{id}/decide").PostAsync(admin);
        var done = await HtmlPage.GetAsync(admin, decided.Headers.Location!.OriginalString);

        Assert.Contains("Nothing moves", confirmation.Text("[data-testid=what-changes]"), StringComparison.Ordinal);
        Assert.Contains("Kept apart", done.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.Equal($"/merge-split/merge?ids={incoming}%20{candidate}",
            done.Document.QuerySelector("[data-testid=compare-for-merge]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Match_TemporaryMsixIdAfterwards_LeadsToTheCandidateAndTheItemStillNamesIt()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var (incoming, candidate) = await TestNearMatches.MsixIdsAsync(factory.Services, id);
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        await (await HtmlPage.GetAsync(admin, $"/near-matches/{id}/decide?decision=match")).Form($"/near-matches/{id}/decide").PostAsync(admin);

        var record = await admin.GetAsync(new Uri($"/records/{incoming}", UriKind.Relative));
        var item = await HtmlPage.GetAsync(admin, $"/near-matches/{id}");

        Assert.Equal(HttpStatusCode.Redirect, record.StatusCode);
        Assert.Equal($"/records/{candidate}?mergedFrom={incoming}", record.Headers.Location?.OriginalString);
        Assert.NotNull(item.Document.QuerySelector($"a[href='/records/{incoming}']"));
    }

    [Fact]
    public async Task SubmissionResult_WithANearMatch_LinksTheCountToIt()
    {
        var id = await TestNearMatches.CreateAsync(factory.Services);
        var submission = await factory.WithDbAsync(db => db.NearMatchItems.Where(n => n.PublicId == id)
            .Join(db.Submissions, n => n.SubmissionId, s => s.Id, (n, s) => s.PublicId).SingleAsync());
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");

        var page = await HtmlPage.GetAsync(admin, $"/submissions/{submission}");

        Assert.Equal("#near-matches", page.Document.QuerySelector("[data-testid=count-near-matches] a")?.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector($"#near-matches ~ [data-testid=near-matches] a[href='/near-matches/{id}']"));
    }

    private Task<NearMatchStatus> StatusAsync(Guid id) =>
        factory.WithDbAsync(db => db.NearMatchItems.Where(n => n.PublicId == id).Select(n => n.Status).SingleAsync());
}
