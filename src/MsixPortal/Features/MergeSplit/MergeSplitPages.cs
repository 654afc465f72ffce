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
    MergeUndo undo,
    WorkItemLookups lookups,
    AuditTrail audit,
    IAuthorizationService authorization)
{
    /// <summary>
    /// The merge form. Fewer than two MSIX IDs is where everyone starts (e.g. from a record page), not
    /// an error: the form suggests the other records the first was proposed with as near matches.
    /// </summary>
    public async Task<MergeNewViewModel> NewMergeAsync(MergeFlagInputModel input, CancellationToken cancellationToken)
    {
        var ids = input.MsixIdList();
        if (ids.Count == 0)
        {
            return new MergeNewViewModel(ids, null, input, null, []);
        }
        var (found, lookupProblem) = await students.CurrentAsync(ids, cancellationToken);
        if (found is null)
        {
            return new MergeNewViewModel(ids, null, input, lookupProblem, []);
        }
        var suggestions = await students.NearMatchPartnersAsync([.. found.Select(s => s.Id)], cancellationToken);
        if (ids.Count < 2)
        {
            return new MergeNewViewModel(ids, null, input, null, suggestions);
        }
        var comparison = await comparisons.BuildAsync([.. found.Select(s => s.Id)], new HashSet<long>(), cancellationToken);
        await AuditViewAsync(found.Select(s => s.Id), cancellationToken);
        return new MergeNewViewModel(ids, comparison, input, null, suggestions);
    }

    public async Task<SplitNewViewModel> NewSplitAsync(SplitFlagInputModel input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.MsixId))
        {
            return new SplitNewViewModel("", null, input, null);
        }
        var (found, lookupProblem) = await students.CurrentAsync([input.MsixId], cancellationToken);
        if (found is not [var student])
        {
            return new SplitNewViewModel(input.MsixId, null, input, lookupProblem);
        }
        var comparison = await comparisons.BuildAsync([student.Id], input.RecordIds.ToHashSet(), cancellationToken);
        await AuditViewAsync([student.Id], cancellationToken);
        return new SplitNewViewModel(student.MsixId, comparison, input, null);
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
        var canUndo = await undo.UndoableAsync(flag, cancellationToken) && await undo.MayUndoAsync(flag, user, cancellationToken);
        var undoMoving = canUndo ? (await undo.MovingStatesAsync(flag, cancellationToken)).Order(StringComparer.Ordinal).ToList() : [];
        var msixIds = await db.ConsolidatedStudents.Where(s => studentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.MsixId, cancellationToken);
        var master = msixIds[flag.MasterStudentId];
        await AuditViewAsync(studentIds, cancellationToken);
        return (WorkItemOutcome.Done, new MergeSplitReviewViewModel(flag.Id, flag.Kind, flag.Status, flag.Reason,
            names.GetValueOrDefault(flag.FlaggedByUserId, ""), flag.FlaggedAt, master,
            [.. flag.Students.Where(s => s.ConsolidatedStudentId != flag.MasterStudentId).Select(s => msixIds[s.ConsolidatedStudentId]).Order(StringComparer.Ordinal)],
            flag.ResultStudentId is { } resultId ? msixIds[resultId] : null, await LaterSplitsAsync(flag, cancellationToken), comparison,
            flag.DecidedByUserId is { } decider ? names.GetValueOrDefault(decider, "") : null, flag.DecidedAt,
            flag.DecisionComment, canReject, whyNot, canValidate,
            user.IsInRole(PortalRoles.NationalAdministrator) || waiting.Count <= 1, flag.ValidatedStateCodes, waiting, canUndo, undoMoving));
    }

    /// <summary>
    /// The splits that later gave a merged-away MSIX ID of this merge its records back (an undo): the
    /// merge's page says so rather than only "Validated".
    /// </summary>
    private async Task<IReadOnlyList<LaterSplit>> LaterSplitsAsync(MergeSplitFlag flag, CancellationToken cancellationToken)
    {
        if (flag.Kind != MergeSplitKind.Merge || flag.Status != MergeSplitStatus.Validated)
        {
            return [];
        }
        var others = flag.Students.Select(s => s.ConsolidatedStudentId).Where(id => id != flag.MasterStudentId).ToList();
        return await db.MsixIdHistory.Where(h => h.Event == MsixIdEvent.SplitFrom && others.Contains(h.ConsolidatedStudentId) && h.FlagId > flag.Id)
            .OrderBy(h => h.FlagId)
            .Join(db.ConsolidatedStudents, h => h.ConsolidatedStudentId, s => s.Id, (h, s) => new LaterSplit(h.FlagId, s.MsixId, h.OccurredAt))
            .ToListAsync(cancellationToken);
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
