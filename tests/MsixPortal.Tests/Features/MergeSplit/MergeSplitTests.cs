using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.Features.MergeSplit;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.MergeSplit;

public class MergeSplitTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Merge_FlaggerTriesToValidate_ForbiddenAndOtherAdministratorApplies()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "CA");
        var flagger = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var validator = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");

        var flagged = await FlagMergeAsync(flagger, master.MsixId, duplicate.MsixId);
        var path = flagged.LocationPath()!;
        var flaggerView = await HtmlPage.GetAsync(flagger, path);
        var byFlagger = await WorkflowForms.PostAsync(flagger, master.MsixId, $"{path}/validate");
        var byOther = await DecideAsync(validator, path, "validate");

        Assert.Equal(HttpStatusCode.Redirect, flagged.StatusCode);
        Assert.Contains("another data administrator", flaggerView.Text("[data-testid=why-not]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byFlagger.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byOther.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var mergedAway = await db.ConsolidatedStudents.SingleAsync(s => s.Id == duplicate.Id);
        Assert.Equal(master.Id, mergedAway.MergedIntoStudentId);
        Assert.Equal(duplicate.MsixId, mergedAway.MsixId);
        Assert.Equal(2, await db.StateStudentRecords.CountAsync(r => r.ConsolidatedStudentId == master.Id));
        Assert.Contains(await db.MsixIdHistory.Where(h => h.ConsolidatedStudentId == duplicate.Id).Select(h => h.Event).ToListAsync(),
            e => e == MsixIdEvent.MergedInto);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == AuditActions.RecordsMerged));
        var resolved = await scope.ServiceProvider.GetRequiredService<MsixIdResolver>().ResolveAsync(duplicate.MsixId);
        Assert.Equal(master.MsixId, resolved!.MsixId);
        Assert.True(resolved.WasMergedAway);
    }

    [Fact]
    public async Task Flag_StudentAlreadyFlagged_RefusedAsLocked()
    {
        var first = await TestStudents.CreateAsync(factory.Services, "TX");
        var second = await TestStudents.CreateAsync(factory.Services, "TX");
        var third = await TestStudents.CreateAsync(factory.Services, "TX");
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        await FlagMergeAsync(staff, first.MsixId, second.MsixId);

        var again = await HtmlPage.LoadAsync(await FlagMergeAsync(staff, third.MsixId, second.MsixId));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("locked", again.Text("[data-testid=error-summary]"), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(0, await db.MergeSplitFlagStudents.CountAsync(s => s.ConsolidatedStudentId == third.Id));
    }

    [Fact]
    public async Task MergeThenSplit_RecordsTheMergeBroughtIn_RestoresFormerRecordsAndMsixIds()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX", "NM");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "AZ", "CO");
        var before = await TestStudents.SnapshotAsync(factory.Services);
        var txAdmin = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var azAdmin = await factory.SignInAsync(PortalRoles.DataAdministrator, "AZ");
        var coAdmin = await factory.SignInAsync(PortalRoles.DataAdministrator, "CO");
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        // Arizona's and Colorado's records move: each of those States validates (security.md 41).
        var merge = (await FlagMergeAsync(txAdmin, master.MsixId, duplicate.MsixId)).LocationPath()!;
        await DecideAsync(azAdmin, merge, "validate");
        await DecideAsync(coAdmin, merge, "validate");
        Assert.NotEqual(before, await TestStudents.SnapshotAsync(factory.Services));

        // The undo moves the same States' records: a national administrator validates for all of them.
        var split = await FlagSplitAsync(azAdmin, master.MsixId, [.. duplicate.RecordIds]);
        var validated = await DecideAsync(national, split.LocationPath()!, "validate");

        Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        Assert.Equal(before, await TestStudents.SnapshotAsync(factory.Services));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var events = await db.MsixIdHistory.Where(h => h.ConsolidatedStudentId == duplicate.Id).OrderBy(h => h.Id)
            .Select(h => h.Event).ToListAsync();
        Assert.Equal([MsixIdEvent.MergedInto, MsixIdEvent.SplitFrom], events);
        Assert.False(await db.MergeSplitFlagStudents.AnyAsync(s => s.IsLocked && s.ConsolidatedStudentId == master.Id));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == AuditActions.RecordSplit));
    }

    [Fact]
    public async Task Split_RecordsNeverMerged_GetANewMsixId()
    {
        var joined = await TestStudents.CreateAsync(factory.Services, "TX", "KS");
        var flagger = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var validator = await factory.SignInAsync(PortalRoles.DataAdministrator, "KS");

        var flagged = await FlagSplitAsync(flagger, joined.MsixId, joined.RecordIds[1]);
        await DecideAsync(validator, flagged.LocationPath()!, "validate");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var moved = await db.StateStudentRecords.SingleAsync(r => r.Id == joined.RecordIds[1]);
        var created = await db.ConsolidatedStudents.SingleAsync(s => s.Id == moved.ConsolidatedStudentId);
        Assert.NotEqual(joined.Id, created.Id);
        Assert.NotEqual(joined.MsixId, created.MsixId);
        Assert.Equal(12, created.MsixId.Length);
        Assert.True(await db.MsixIdHistory.AnyAsync(h => h.ConsolidatedStudentId == created.Id && h.Event == MsixIdEvent.SplitFrom && h.OtherStudentId == joined.Id));
    }

    [Fact]
    public async Task Validate_TwoAdministratorsAtOnce_ExactlyOneSucceedsOtherSeesConflict()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "CA");
        var flagger = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var path = (await FlagMergeAsync(flagger, master.MsixId, duplicate.MsixId)).LocationPath()!;
        // Two of California's data administrators (California's record is the one that moves).
        var first = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var second = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var forms = await Task.WhenAll(HtmlPage.GetAsync(first, $"{path}/validate"), HtmlPage.GetAsync(second, $"{path}/validate"));

        var answers = await Task.WhenAll(forms[0].Form($"{path}/validate").PostAsync(first), forms[1].Form($"{path}/validate").PostAsync(second));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Contains("Another administrator decided this flag first", (await HtmlPage.LoadAsync(loser)).Text("[data-testid=conflict]"), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.MsixIdHistory.CountAsync(h => h.ConsolidatedStudentId == duplicate.Id));
        Assert.Equal(2, await db.StateStudentRecords.CountAsync(r => r.ConsolidatedStudentId == master.Id));
    }

    [Fact]
    public async Task Validate_StudentsChangedSinceLoaded_ConcurrencyConflictOnXminAndNothingApplied()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "CA");
        var flagger = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var flagId = FlagId(await FlagMergeAsync(flagger, master.MsixId, duplicate.MsixId));
        var winner = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.DataAdministrator], "CA");
        var loser = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.DataAdministrator], "CA");
        await using var loserScope = factory.Services.CreateAsyncScope();
        var loserDb = loserScope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // The loser's unit of work has read the flag and the students before the winner commits.
        await loserDb.MergeSplitFlags.Include(f => f.Students).Include(f => f.Records).SingleAsync(f => f.Id == flagId);
        await loserDb.ConsolidatedStudents.Where(s => s.Id == master.Id || s.Id == duplicate.Id).ToListAsync();

        await using (var winnerScope = factory.Services.CreateAsyncScope())
        {
            var won = await winnerScope.ServiceProvider.GetRequiredService<MergeSplitDecisions>()
                .ValidateAsync(flagId, null, Principal(winner), CancellationToken.None);
            Assert.Equal(MsixPortal.Features.Worklists.WorkItemOutcome.Done, won);
        }
        var after = await TestStudents.SnapshotAsync(factory.Services);
        var lost = await loserScope.ServiceProvider.GetRequiredService<MergeSplitDecisions>()
            .ValidateAsync(flagId, null, Principal(loser), CancellationToken.None);

        Assert.Equal(MsixPortal.Features.Worklists.WorkItemOutcome.Conflict, lost);
        Assert.Equal(after, await TestStudents.SnapshotAsync(factory.Services));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == AuditActions.MergeSplitConflict && a.TargetId == flagId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Validate_FaultHalfwayThroughMerge_LeavesDatabaseUnchanged()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "CA", "NV");
        var flagger = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var flagId = FlagId(await FlagMergeAsync(flagger, master.MsixId, duplicate.MsixId));
        // California's and Nevada's records move: a national administrator validates for both.
        var validator = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.NationalAdministrator], null);
        var before = await TestStudents.SnapshotAsync(factory.Services);
        // The fault: the history insert (after the records and students were updated) fails.
        await ExecuteAsOwnerAsync("""
            CREATE FUNCTION fail_history() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'injected fault'; END $$;
            CREATE TRIGGER fail_history BEFORE INSERT ON msix_id_history FOR EACH ROW EXECUTE FUNCTION fail_history();
            """);
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var decisions = scope.ServiceProvider.GetRequiredService<MergeSplitDecisions>();

            await Assert.ThrowsAnyAsync<DbUpdateException>(() => decisions.ValidateAsync(flagId, null, Principal(validator), CancellationToken.None));
        }
        finally
        {
            await ExecuteAsOwnerAsync("DROP TRIGGER fail_history ON msix_id_history; DROP FUNCTION fail_history();");
        }

        Assert.Equal(before, await TestStudents.SnapshotAsync(factory.Services));
        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        var flag = await db.MergeSplitFlags.Include(f => f.Students).Include(f => f.Records).SingleAsync(f => f.Id == flagId);
        Assert.Equal(MergeSplitStatus.Pending, flag.Status);
        Assert.All(flag.Students, s => Assert.True(s.IsLocked));
        Assert.Empty(flag.Records);
        Assert.False(await db.MsixIdHistory.AnyAsync(h => h.FlagId == flagId));
    }

    [Fact]
    public async Task Decide_AdministratorOfAStateWithoutRecords_Forbidden()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "CA");
        var flagger = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var path = (await FlagMergeAsync(flagger, master.MsixId, duplicate.MsixId)).LocationPath()!;
        var outsider = await factory.SignInAsync(PortalRoles.DataAdministrator, "GA");

        var review = await outsider.GetAsync(new Uri(path, UriKind.Relative));
        var validate = await WorkflowForms.PostAsync(outsider, master.MsixId, $"{path}/validate");
        var flagOthers = await WorkflowForms.PostAsync(outsider, master.MsixId, "/records/split",
            ("MsixId", master.MsixId), ("RecordIds", master.RecordIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Reason", "x"));

        Assert.Equal(HttpStatusCode.Forbidden, review.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, validate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, flagOthers.StatusCode);
    }

    [Fact]
    public async Task RecordsMerge_Get_NotAnAction()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var response = await client.GetAsync(new Uri("/records/merge?ids=1,2", UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, response.StatusCode.ToString());
    }

    private async Task ExecuteAsOwnerAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
