using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.MergeSplit;

/// <summary>
/// security.md 41 (issue 17 point 1): a merge, a split or its undo moves records only with the
/// validation of a data administrator of each State whose records move (or of a national administrator).
/// </summary>
public class MergeSplitConsentTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    /// <summary>The probe: one Texas and two California children, a California master, flagged and validated in Texas.</summary>
    [Fact]
    public async Task Merge_TexasAndCaliforniaChildren_TexasValidationAloneMovesNothingUntilCaliforniaValidates()
    {
        var texan = await TestStudents.CreateAsync(factory.Services, "TX");
        var californian = await TestStudents.CreateAsync(factory.Services, "CA");
        var master = await TestStudents.CreateAsync(factory.Services, "CA");
        var flagger = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var secondTexan = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var california = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var before = await TestStudents.SnapshotAsync(factory.Services);

        var path = (await FlagMergeAsync(flagger, master.MsixId, texan.MsixId, californian.MsixId)).LocationPath()!;
        var byTexas = await DecideAsync(secondTexan, path, "validate");
        var afterTexas = await TestStudents.SnapshotAsync(factory.Services);
        var waiting = await HtmlPage.GetAsync(california, path);
        var texasAgain = await WorkflowForms.PostAsync(secondTexan, master.MsixId, $"{path}/validate");
        var byCalifornia = await DecideAsync(california, path, "validate");

        Assert.Equal(HttpStatusCode.Redirect, byTexas.StatusCode);
        Assert.Equal(before, afterTexas);
        Assert.Equal("Pending", waiting.Text("[data-testid=status]"));
        Assert.Contains("Waiting for validation by a data administrator of: CA", waiting.Text("[data-testid=validations]"), StringComparison.Ordinal);
        Assert.Contains("Already validated by: TX", waiting.Text("[data-testid=validations]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, texasAgain.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byCalifornia.StatusCode);
        var flagId = long.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var flag = await factory.WithDbAsync(db => db.MergeSplitFlags.AsNoTracking().SingleAsync(f => f.Id == flagId));
        Assert.Equal(MergeSplitStatus.Validated, flag.Status);
        Assert.Equal(["TX", "CA"], flag.ValidatedStateCodes);
        Assert.Equal(3, await factory.WithDbAsync(db => db.StateStudentRecords.CountAsync(r => r.ConsolidatedStudentId == master.Id)));
        var states = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.TargetId == flagId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(e => e.Action + "@" + e.StateCode).ToListAsync());
        Assert.Contains($"{AuditActions.MergeSplitValidatedForState}@CA", states);
        Assert.Contains($"{AuditActions.RecordsMerged}@TX", states);
        Assert.Contains($"{AuditActions.RecordsMerged}@CA", states);
    }

    [Fact]
    public async Task Merge_CaliforniaRecordsMove_TexasAdministratorMayRejectButNotValidate()
    {
        var master = await TestStudents.CreateAsync(factory.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(factory.Services, "CA");
        var flagger = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var texas = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var path = (await FlagMergeAsync(flagger, master.MsixId, duplicate.MsixId)).LocationPath()!;

        var page = await HtmlPage.GetAsync(texas, path);
        var validate = await WorkflowForms.PostAsync(texas, master.MsixId, $"{path}/validate");

        Assert.Null(page.Document.QuerySelector($"a[href='{path}/validate']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='{path}/reject']"));
        Assert.Contains("not needed", page.Text("[data-testid=why-not]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, validate.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.StateStudentRecords.CountAsync(r => r.ConsolidatedStudentId == master.Id)));
    }

    /// <summary>A split (also the undo of a merge) moving California's record out of a Texas child needs California.</summary>
    [Fact]
    public async Task Split_CaliforniaRecordLeaves_TexasValidationRefusedCaliforniaApplies()
    {
        var joined = await TestStudents.CreateAsync(factory.Services, "TX", "CA");
        var flagger = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var texas = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var california = await factory.SignInAsync(PortalRoles.DataAdministrator, "CA");
        var path = (await FlagSplitAsync(flagger, joined.MsixId, joined.RecordIds[1])).LocationPath()!;

        var byTexas = await WorkflowForms.PostAsync(texas, joined.MsixId, $"{path}/validate");
        var byCalifornia = await DecideAsync(california, path, "validate");

        Assert.Equal(HttpStatusCode.Forbidden, byTexas.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, byCalifornia.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.StateStudentRecords.CountAsync(r => r.ConsolidatedStudentId == joined.Id)));
    }

    [Fact]
    public async Task Merge_AcrossStates_NationalAdministratorValidatesForAllAndRowsCarryTheStates()
    {
        var first = await TestStudents.CreateAsync(factory.Services, "OK");
        var second = await TestStudents.CreateAsync(factory.Services, "AR", "MO");
        var flagger = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var path = (await FlagMergeAsync(flagger, first.MsixId, second.MsixId)).LocationPath()!;
        var validated = await DecideAsync(national, path, "validate");

        Assert.Equal(HttpStatusCode.Redirect, validated.StatusCode);
        Assert.Equal(3, await factory.WithDbAsync(db => db.StateStudentRecords.CountAsync(r => r.ConsolidatedStudentId == first.Id)));
        var flagId = path.Split('/')[^1];
        var rows = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.TargetType == "merge-split-flag" && e.TargetId == flagId)
            .Select(e => e.Action + "@" + e.StateCode).ToListAsync());
        Assert.Equal(["AR", "MO", "OK"], rows.Where(r => r.StartsWith(AuditActions.MergeFlagged, StringComparison.Ordinal)).Select(r => r.Split('@')[1]).Order());
        Assert.Equal(["AR", "MO", "OK"], rows.Where(r => r.StartsWith(AuditActions.RecordsMerged, StringComparison.Ordinal)).Select(r => r.Split('@')[1]).Order());
    }

    [Fact]
    public async Task Flag_ChildrenOfOtherStatesOnly_Forbidden()
    {
        var first = await TestStudents.CreateAsync(factory.Services, "CA");
        var second = await TestStudents.CreateAsync(factory.Services, "CA");
        var texas = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var merge = await FlagMergeAsync(texas, first.MsixId, second.MsixId);
        var mergeDirectly = await WorkflowForms.PostAsync(texas, first.MsixId, "/records/merge",
            ("MsixIds", $"{first.MsixId} {second.MsixId}"), ("MasterMsixId", first.MsixId), ("Reason", "x"));
        var split = await WorkflowForms.PostAsync(texas, first.MsixId, "/records/split",
            ("MsixId", second.MsixId), ("RecordIds", second.RecordIds[0].ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Reason", "x"));

        Assert.Equal(HttpStatusCode.Forbidden, merge.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, mergeDirectly.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, split.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.MergeSplitFlagStudents.AnyAsync(s => s.ConsolidatedStudentId == first.Id)));
    }
}
