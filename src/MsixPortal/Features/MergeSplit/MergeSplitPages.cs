using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.MergeSplit;

/// <summary>What the merge/split pages show: the flag forms with records side by side, and a flag's review.</summary>
public sealed class MergeSplitPages(
    PortalDbContext db,
    MergeSplitStudents students,
    MergeSplitDecisions decisions,
    RecordComparisonBuilder comparisons,
    WorkItemLookups lookups,
    AuditTrail audit,
    IAuthorizationService authorization)
{
    public async Task<MergeNewViewModel> NewMergeAsync(MergeFlagInputModel input, string? problem, CancellationToken cancellationToken)
    {
        var ids = input.MsixIdList();
        if (ids.Count < 2)
        {
            return new MergeNewViewModel(ids, null, input, problem ?? (ids.Count == 0 ? null : "Enter at least two MSIX IDs."));
        }
        var (found, lookupProblem) = await students.CurrentAsync(ids, cancellationToken);
        if (found is null)
        {
            return new MergeNewViewModel(ids, null, input, lookupProblem);
        }
        var comparison = await comparisons.BuildAsync([.. found.Select(s => s.Id)], new HashSet<long>(), cancellationToken);
        await AuditViewAsync(found.Select(s => s.Id), cancellationToken);
        return new MergeNewViewModel(ids, comparison, input, problem);
    }

    public async Task<SplitNewViewModel> NewSplitAsync(SplitFlagInputModel input, string? problem, CancellationToken cancellationToken)
    {
        var (found, lookupProblem) = await students.CurrentAsync([input.MsixId ?? ""], cancellationToken);
        if (found is not [var student])
        {
            return new SplitNewViewModel(input.MsixId ?? "", null, input, lookupProblem);
        }
        var comparison = await comparisons.BuildAsync([student.Id], input.RecordIds.ToHashSet(), cancellationToken);
        await AuditViewAsync([student.Id], cancellationToken);
        return new SplitNewViewModel(student.MsixId, comparison, input, problem);
    }

    public async Task<(WorkItemOutcome Outcome, MergeSplitReviewViewModel? Model)> ReviewAsync(
        long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var flag = await db.MergeSplitFlags.AsNoTracking().Include(f => f.Students).Include(f => f.Records)
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flag is null)
        {
            return (WorkItemOutcome.NotFound, null);
        }
        var scope = await decisions.ScopeAsync(flag, cancellationToken);
        if (!(await authorization.AuthorizeAsync(user, scope, Policies.FlagRecords)).Succeeded)
        {
            return (WorkItemOutcome.Forbidden, null);
        }
        var pending = flag.Status == MergeSplitStatus.Pending;
        var canReject = pending && (await authorization.AuthorizeAsync(user, scope, Policies.DecideMergeSplit)).Succeeded;
        var validation = await decisions.ValidationScopeAsync(flag, cancellationToken);
        var canValidate = pending && (await authorization.AuthorizeAsync(user, validation, Policies.DecideMergeSplit)).Succeeded;
        var whyNot = canValidate || !pending ? null
            : flag.FlaggedByUserId == user.UserId() ? "You flagged this: another data administrator must validate or reject it."
            : canReject ? "Your State's validation is not needed (its records do not move) or is already recorded."
            : "Only a data administrator of a State that submitted one of these records, or a national administrator, can decide.";
        var waiting = pending ? validation.StateCodes.Order(StringComparer.Ordinal).ToList() : [];
        var studentIds = flag.Students.Select(s => s.ConsolidatedStudentId).OrderBy(s => s == flag.MasterStudentId ? 0 : 1)
            .Concat(flag.ResultStudentId is { } result ? [result] : []).ToList();
        var moved = flag.Records.Select(r => r.StateStudentRecordId).ToList();
        var highlighted = flag.Kind == MergeSplitKind.Split
            ? moved.ToHashSet()
            : await db.StateStudentRecords.Where(r => r.ConsolidatedStudentId == flag.MasterStudentId && !moved.Contains(r.Id))
                .Select(r => r.Id).ToHashSetAsync(cancellationToken);
        var comparison = await comparisons.BuildAsync(studentIds, highlighted, cancellationToken);
        var names = await lookups.UserNamesAsync([flag.FlaggedByUserId, flag.DecidedByUserId], cancellationToken);
        var master = await db.ConsolidatedStudents.Where(s => s.Id == flag.MasterStudentId).Select(s => s.MsixId).FirstAsync(cancellationToken);
        await AuditViewAsync(studentIds, cancellationToken);
        return (WorkItemOutcome.Done, new MergeSplitReviewViewModel(flag.Id, flag.Kind, flag.Status, flag.Reason,
            names.GetValueOrDefault(flag.FlaggedByUserId, ""), flag.FlaggedAt, master, comparison,
            flag.DecidedByUserId is { } decider ? names.GetValueOrDefault(decider, "") : null, flag.DecidedAt,
            flag.DecisionComment, canReject, whyNot, canValidate,
            user.IsInRole(PortalRoles.NationalAdministrator) || waiting.Count <= 1, flag.ValidatedStateCodes, waiting));
    }

    /// <summary>
    /// Side-by-side records are a view of those records (FERPA): audited like the record page, in the
    /// trail of every State holding one of them.
    /// </summary>
    private async Task AuditViewAsync(IEnumerable<long> studentIds, CancellationToken cancellationToken)
    {
        var ids = studentIds.ToList();
        var states = await lookups.StatesHoldingAsync(ids, cancellationToken);
        await audit.RecordAsync(AuditActions.MergeSplitReviewed, "consolidated-student",
            string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))), concerns: states, cancellationToken: cancellationToken);
    }
}
