using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.MergeSplit;

/// <summary>
/// Issue 18: a data administrator's merge and split journeys. Each action first says what it will
/// change and changes nothing, then ends on a page saying what was done and what next; a refused form
/// comes back with an error summary linked to its fields, keeping what was typed.
/// </summary>
public class MergeSplitJourneyTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>, IAsyncLifetime
{
    // Near matches are proposed between children submitted earlier: each test starts from an empty database.
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FlagMerge_Reviewed_ConfirmationNamesTheIdsAndNothingIsFlaggedUntilConfirmed()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var form = await HtmlPage.GetAsync(staff, $"/merge-split/merge?ids={master.MsixId}%20{duplicate.MsixId}");

        var confirmation = await HtmlPage.LoadAsync(await form.Form("/records/merge/review")
            .Set("MasterMsixId", master.MsixId).Set("Reason", "Same child").PostAsync(staff));
        var flaggedBeforeConfirming = await FlaggedAsync(duplicate.Id);
        var flagged = await confirmation.Form("/records/merge").PostAsync(staff);
        var flagPage = await HtmlPage.GetAsync(staff, flagged.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        var changes = confirmation.Text("[data-testid=what-changes]");
        Assert.Contains($"MSIX ID {master.MsixId} stays", changes, StringComparison.Ordinal);
        Assert.Contains($"records of MSIX ID {duplicate.MsixId} move to {master.MsixId}", changes, StringComparison.Ordinal);
        Assert.False(flaggedBeforeConfirming);
        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        Assert.True(await FlaggedAsync(duplicate.Id));
        Assert.Contains("Flagged for merge", flagPage.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.NotNull(flagPage.Document.QuerySelector("[data-testid=done] a[href='/worklists']"));
        Assert.NotNull(flagPage.Document.QuerySelector($"[data-testid=done] a[href='/records/{master.MsixId}']"));
    }

    [Fact]
    public async Task Validate_ConfirmationPage_SaysWhatMovesChangesNothingThenAppliesWithSuccessMessage()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var validator = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var path = (await FlagMergeAsync(staff, master.MsixId, duplicate.MsixId)).LocationPath()!;

        var review = await HtmlPage.GetAsync(validator, path);
        var confirmation = await HtmlPage.GetAsync(validator, $"{path}/validate");
        var mergedBeforeConfirming = await MergedIntoAsync(duplicate.Id);
        var validated = await confirmation.Form($"{path}/validate").PostAsync(validator);
        var done = await HtmlPage.GetAsync(validator, validated.Headers.Location!.OriginalString);

        Assert.Null(review.Document.QuerySelector($"form[action='{path}/validate']"));
        Assert.NotNull(review.Document.QuerySelector($"a[href='{path}/validate']"));
        var changes = confirmation.Text("[data-testid=what-changes]");
        Assert.Contains($"MSIX ID {master.MsixId} stays", changes, StringComparison.Ordinal);
        Assert.Contains($"records of MSIX ID {duplicate.MsixId} (TX) move to MSIX ID {master.MsixId}", changes, StringComparison.Ordinal);
        Assert.Null(mergedBeforeConfirming);
        Assert.Equal(master.Id, await MergedIntoAsync(duplicate.Id));
        Assert.Contains($"The merge was applied: the State records of MSIX ID {duplicate.MsixId} now sit under MSIX ID {master.MsixId}",
            done.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.NotNull(done.Document.QuerySelector("[data-testid=done] a[href='/worklists']"));
    }

    [Fact]
    public async Task Reject_ConfirmationPage_ThenSuccessMessageAndNothingMoved()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var path = (await FlagMergeAsync(staff, master.MsixId, duplicate.MsixId)).LocationPath()!;

        var confirmation = await HtmlPage.GetAsync(admin, $"{path}/reject");
        var rejected = await confirmation.Form($"{path}/reject").PostAsync(admin);
        var done = await HtmlPage.GetAsync(admin, rejected.Headers.Location!.OriginalString);

        Assert.Contains("Nothing moves", confirmation.Text("[data-testid=what-changes]"), StringComparison.Ordinal);
        Assert.Contains("The merge was rejected: nothing moved", done.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.Null(await MergedIntoAsync(duplicate.Id));
    }

    [Fact]
    public async Task FlagMerge_WithoutMasterOrReason_ErrorSummaryLinkedToTheFieldsNotASilentReload()
    {
        var first = await TestStudents.CreateAsync(factory.Services, "TX");
        var second = await TestStudents.CreateAsync(factory.Services, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var form = await HtmlPage.GetAsync(staff, $"/merge-split/merge?ids={first.MsixId}%20{second.MsixId}");

        var noMaster = await HtmlPage.LoadAsync(await form.Form("/records/merge/review").Set("Reason", "Same parents, same school").PostAsync(staff));
        // The confirmed POST itself refuses the same way (a stale or hand-made form).
        var postedDirectly = await HtmlPage.LoadAsync(await form.Form("/records/merge/review")
            .Set("SubmissionKey", Guid.NewGuid().ToString()).PostAsync(staff, "/records/merge"));

        Assert.Equal(HttpStatusCode.OK, noMaster.StatusCode);
        var link = noMaster.Document.QuerySelector("[data-testid=error-summary] a[href='#MasterMsixId']");
        Assert.Equal("Choose the record whose MSIX ID stays.", link?.TextContent);
        Assert.NotNull(noMaster.Document.QuerySelector("input#MasterMsixId[type=radio]"));
        Assert.Equal("Same parents, same school", noMaster.Document.QuerySelector("textarea#Reason")?.TextContent);
        Assert.NotNull(postedDirectly.Document.QuerySelector("[data-testid=error-summary] a[href='#MasterMsixId']"));
        Assert.NotNull(postedDirectly.Document.QuerySelector("[data-testid=error-summary] a[href='#Reason']"));
        Assert.NotNull(postedDirectly.Document.QuerySelector("textarea#Reason"));
        Assert.False(await FlaggedAsync(first.Id));
    }

    [Fact]
    public async Task NewMerge_OneMsixIdFromTheRecordPage_NoErrorPrefilledAndTheNearMatchOffered()
    {
        var nearMatch = await TestNearMatches.CreateAsync(factory.Services);
        var (incoming, candidate) = await TestNearMatches.MsixIdsAsync(factory.Services, nearMatch);
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var record = await HtmlPage.GetAsync(staff, $"/records/{candidate}");
        var mergeLink = record.Document.QuerySelector("a[href^='/merge-split/merge']")!.GetAttribute("href")!;

        var page = await HtmlPage.GetAsync(staff, mergeLink);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Document.QuerySelector(".usa-alert--error"));
        Assert.Equal(candidate, page.Document.QuerySelector("input#MsixIds")?.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=suggestions] a[href='/merge-split/merge?ids={candidate}%20{incoming}']"));
    }

    [Fact]
    public async Task NewMerge_UnknownMsixId_ErrorSummaryLinkedToTheIdsFieldWithTheInputKept()
    {
        var known = await TestStudents.CreateAsync(factory.Services, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");

        var page = await HtmlPage.GetAsync(staff, $"/merge-split/merge?ids={known.MsixId}%20999999999999");

        Assert.Contains("No record has MSIX ID 999999999999", page.Text("[data-testid=error-summary] a[href='#MsixIds']"), StringComparison.Ordinal);
        Assert.Equal($"{known.MsixId} 999999999999", page.Document.QuerySelector("input#MsixIds")?.GetAttribute("value"));
    }

    [Fact]
    public async Task FlagSplit_NoRecordTicked_ErrorSummaryLinkedToTheRecordsThenConfirmationThenFlagged()
    {
        var joined = await TestStudents.CreateAsync(factory.Services, "TX", "CA");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var form = await HtmlPage.GetAsync(staff, $"/merge-split/split?msixId={joined.MsixId}");

        var nothingTicked = await HtmlPage.LoadAsync(await form.Form("/records/split/review").Set("Reason", "Twins").PostAsync(staff));
        var confirmation = await HtmlPage.LoadAsync(await nothingTicked.Form("/records/split/review")
            .Set("RecordIds", joined.RecordIds[1].ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync(staff));
        var flaggedBeforeConfirming = await FlaggedAsync(joined.Id);
        var flagged = await confirmation.Form("/records/split").PostAsync(staff);

        Assert.NotNull(nothingTicked.Document.QuerySelector("[data-testid=error-summary] a[href='#RecordIds']"));
        Assert.NotNull(nothingTicked.Document.QuerySelector("input#RecordIds[type=checkbox]"));
        Assert.Equal("Twins", nothingTicked.Document.QuerySelector("textarea#Reason")?.TextContent);
        Assert.Contains("1 State record (CA) moves to another MSIX ID", confirmation.Text("[data-testid=what-changes]"), StringComparison.Ordinal);
        Assert.False(flaggedBeforeConfirming);
        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        Assert.True(await FlaggedAsync(joined.Id));
    }

    [Fact]
    public async Task MergePage_AfterASplitReversedIt_ShowsTheLaterSplit()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var merge = (await FlagMergeAsync(staff, master.MsixId, duplicate.MsixId)).LocationPath()!;
        await DecideAsync(admin, merge, "validate");
        var split = (await FlagSplitAsync(staff, master.MsixId, duplicate.RecordIds[0])).LocationPath()!;
        await DecideAsync(admin, split, "validate");

        var page = await HtmlPage.GetAsync(admin, merge);

        Assert.Equal("Validated, then reversed", page.Text("[data-testid=status]"));
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=later-splits] a[href='{split}']"));
        Assert.Contains($"gave MSIX ID {duplicate.MsixId} its records back", page.Text("[data-testid=later-splits]"), StringComparison.Ordinal);
    }

    private Task<bool> FlaggedAsync(long studentId) =>
        factory.WithDbAsync(db => db.MergeSplitFlagStudents.AnyAsync(s => s.ConsolidatedStudentId == studentId));

    private Task<long?> MergedIntoAsync(long studentId) =>
        factory.WithDbAsync(db => db.ConsolidatedStudents.Where(s => s.Id == studentId).Select(s => s.MergedIntoStudentId).SingleAsync());
}
