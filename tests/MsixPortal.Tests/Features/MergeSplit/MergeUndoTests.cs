using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.MergeSplit;

/// <summary>
/// Issue 18: a validated merge is undone in one step from its page, restoring exactly the former MSIX
/// IDs and records; audited and notified in every State concerned. The consent rule of security.md 41
/// holds: when another State's records move back, that State validates before anything moves.
/// </summary>
public class MergeUndoTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Undo_OwnStatesMerge_ConfirmedOnceRestoresTheFormerIdsAndRecordsAuditedAndNotified()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "TX");
        var before = await TestStudents.SnapshotAsync(factory.Services);
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var colleague = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var merge = (await FlagMergeAsync(staff, master.MsixId, duplicate.MsixId)).LocationPath()!;
        await DecideAsync(admin, merge, "validate");
        var merged = await TestStudents.SnapshotAsync(factory.Services);

        var page = await HtmlPage.GetAsync(colleague, merge);
        var confirmation = await HtmlPage.GetAsync(colleague, $"{merge}/undo");
        var unchangedUntilConfirmed = await TestStudents.SnapshotAsync(factory.Services);
        var undone = await confirmation.Form($"{merge}/undo").Set("Comment", "Twins after all").PostAsync(colleague);
        var done = await HtmlPage.GetAsync(colleague, undone.Headers.Location!.OriginalString);

        Assert.NotNull(page.Document.QuerySelector($"a[href='{merge}/undo']"));
        Assert.Contains($"move back to MSIX ID {duplicate.MsixId}", confirmation.Text("[data-testid=what-changes]"), StringComparison.Ordinal);
        Assert.Contains("applied at once", confirmation.Text("[data-testid=what-changes]"), StringComparison.Ordinal);
        Assert.Equal(merged, unchangedUntilConfirmed);
        Assert.Equal($"{merge}?done=undone", undone.Headers.Location!.OriginalString);
        Assert.Equal(before, await TestStudents.SnapshotAsync(factory.Services));
        Assert.Contains($"The merge was undone: MSIX ID {duplicate.MsixId} has its State records back", done.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.Equal("Validated, then reversed", done.Text("[data-testid=status]"));
        Assert.Null(done.Document.QuerySelector($"a[href='{merge}/undo']"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == AuditActions.MergeUndoRequested && a.StateCode == "TX")));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Action == AuditActions.RecordSplit && a.StateCode == "TX")));
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Text == "A merge was undone" && n.Link == merge)));
        Assert.False(await factory.WithDbAsync(db => db.MergeSplitFlagStudents.AnyAsync(s => s.IsLocked)));
    }

    [Fact]
    public async Task Undo_CaliforniaRecordsMoveBack_TexasAsksNothingMovesUntilCaliforniaValidates()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "CA");
        var before = await TestStudents.SnapshotAsync(factory.Services);
        var texas = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var california = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var merge = (await FlagMergeAsync(texas, master.MsixId, duplicate.MsixId)).LocationPath()!;
        await DecideAsync(california, merge, "validate");
        var merged = await TestStudents.SnapshotAsync(factory.Services);

        var confirmation = await HtmlPage.GetAsync(texas, $"{merge}/undo");
        var asked = await confirmation.Form($"{merge}/undo").PostAsync(texas);
        var split = asked.LocationPath()!;
        var waiting = await HtmlPage.GetAsync(texas, asked.Headers.Location!.OriginalString);
        var afterAsking = await TestStudents.SnapshotAsync(factory.Services);
        var validated = await DecideAsync(california, split, "validate");

        Assert.Contains("once a data administrator of CA validates", confirmation.Text("[data-testid=what-changes]"), StringComparison.Ordinal);
        Assert.NotEqual(merge, split);
        Assert.Contains("Undo requested", waiting.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.Contains("CA validates", waiting.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.Equal(merged, afterAsking);
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Text == "An undo of a merge is waiting for your State's validation" && n.Link == split)));
        Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        Assert.Equal(before, await TestStudents.SnapshotAsync(factory.Services));
    }

    [Fact]
    public async Task Undo_ThreeMsixIdsMergedNationalAdministrator_RestoresEveryOne()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var second = await TestStudents.CreateAsync(factory.Services, "CA");
        var third = await TestStudents.CreateAsync(factory.Services, "AZ");
        var before = await TestStudents.SnapshotAsync(factory.Services);
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var merge = (await FlagMergeAsync(staff, master.MsixId, second.MsixId, third.MsixId)).LocationPath()!;
        await DecideAsync(national, merge, "validate");

        var undone = await (await HtmlPage.GetAsync(national, $"{merge}/undo")).Form($"{merge}/undo").PostAsync(national);

        Assert.Equal($"{merge}?done=undone", undone.Headers.Location!.OriginalString);
        Assert.Equal(before, await TestStudents.SnapshotAsync(factory.Services));
        Assert.Equal(2, await factory.WithDbAsync(db => db.MsixIdHistory.CountAsync(h => h.Event == MsixIdEvent.SplitFrom)));
    }

    [Fact]
    public async Task Undo_AdministratorOfAStateWithoutRecordsOrMepStaff_ForbiddenAndNothingMoves()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var outsider = await factory.SignInAsync(PortalRoles.DataAdministrator, "AZ");
        var merge = (await FlagMergeAsync(staff, master.MsixId, duplicate.MsixId)).LocationPath()!;
        await DecideAsync(admin, merge, "validate");
        var merged = await TestStudents.SnapshotAsync(factory.Services);

        var byOutsider = await WorkflowForms.PostAsync(outsider, master.MsixId, $"{merge}/undo");
        var byStaff = await WorkflowForms.PostAsync(staff, master.MsixId, $"{merge}/undo");
        var outsiderPage = await HtmlPage.GetAsync(outsider, merge);

        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byStaff.StatusCode);
        Assert.Null(outsiderPage.Document.QuerySelector($"a[href='{merge}/undo']"));
        Assert.Equal(merged, await TestStudents.SnapshotAsync(factory.Services));
    }

    [Fact]
    public async Task Undo_Twice_SecondIsAConflictAndNothingMoreChanges()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var merge = (await FlagMergeAsync(staff, master.MsixId, duplicate.MsixId)).LocationPath()!;
        await DecideAsync(admin, merge, "validate");
        var pages = await Task.WhenAll(HtmlPage.GetAsync(admin, $"{merge}/undo"), HtmlPage.GetAsync(admin, $"{merge}/undo"));

        var first = await pages[0].Form($"{merge}/undo").PostAsync(admin);
        var afterFirst = await TestStudents.SnapshotAsync(factory.Services);
        var second = await pages[1].Form($"{merge}/undo").PostAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(afterFirst, await TestStudents.SnapshotAsync(factory.Services));
        Assert.Equal(1, await factory.WithDbAsync(db => db.MergeSplitFlags.CountAsync(f => f.Kind == MergeSplitKind.Split)));
    }
}
