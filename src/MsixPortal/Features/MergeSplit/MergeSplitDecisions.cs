using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.MergeSplit;

/// <summary>
/// Validates (and so applies) or rejects a flag. Rejecting: a data administrator other than the
/// flagger, of one of the records' States, or national. Validating needs the consent of every State
/// whose records move (security.md 41): a data administrator of each such State validates in turn
/// (the flag waits meanwhile), or a national administrator validates for all. Applying is one
/// transaction; if another administrator got there first, xmin (on the flag and the students) makes
/// this one fail cleanly with a conflict.
/// </summary>
public sealed class MergeSplitDecisions(
    PortalDbContext db,
    MergeSplitStudents students,
    MergeApplier merger,
    SplitApplier splitter,
    AuditTrail audit,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    public Task<WorkItemOutcome> ValidateAsync(long id, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        DecideAsync(id, comment, user, validate: true, cancellationToken);

    public Task<WorkItemOutcome> RejectAsync(long id, string? comment, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        DecideAsync(id, comment, user, validate: false, cancellationToken);

    /// <summary>The flag's scope for <see cref="Policies.DecideMergeSplit"/> and <see cref="Policies.FlagRecords"/>: every State with records in it.</summary>
    public async Task<RecordStates> ScopeAsync(MergeSplitFlag flag, CancellationToken cancellationToken)
    {
        var ids = flag.Students.Select(s => s.ConsolidatedStudentId).ToList();
        return new RecordStates(await students.StatesOfAsync(ids, cancellationToken), flag.FlaggedByUserId);
    }

    /// <summary>
    /// Who may validate now (<see cref="Policies.DecideMergeSplit"/>): the States whose records the
    /// flag moves and that have not validated yet (a national administrator: any).
    /// </summary>
    public async Task<RecordStates> ValidationScopeAsync(MergeSplitFlag flag, CancellationToken cancellationToken)
    {
        var moving = await MovingStatesAsync(flag, cancellationToken);
        if (moving.Count == 0)
        {
            // No record moves (students without records): every State involved answers for it.
            moving = (await ScopeAsync(flag, cancellationToken)).StateCodes;
        }
        var waiting = moving
            .Where(state => !flag.ValidatedStateCodes.Contains(state, StringComparer.OrdinalIgnoreCase))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new RecordStates(waiting, flag.FlaggedByUserId);
    }

    /// <summary>
    /// The States whose records a pending flag moves: a merge moves every record of the students other
    /// than the master; a split, the records chosen to leave.
    /// </summary>
    public async Task<IReadOnlySet<string>> MovingStatesAsync(MergeSplitFlag flag, CancellationToken cancellationToken)
    {
        var others = flag.Students.Select(s => s.ConsolidatedStudentId).Where(id => id != flag.MasterStudentId).ToList();
        var leaving = flag.Records.Select(m => m.StateStudentRecordId).ToList();
        var moving = flag.Kind == MergeSplitKind.Merge
            ? db.StateStudentRecords.Where(r => others.Contains(r.ConsolidatedStudentId))
            : db.StateStudentRecords.Where(r => leaving.Contains(r.Id));
        return (await moving.Select(r => r.StateCode).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    private async Task<WorkItemOutcome> DecideAsync(long id, string? comment, ClaimsPrincipal user, bool validate, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Deciders of one flag queue here; the second then sees it decided (or its State's validation
        // recorded). xmin still guards the students against anything else that changed them since they were read.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM merge_split_flags WHERE id = {id} FOR UPDATE", cancellationToken);
        var flag = await db.MergeSplitFlags.Include(f => f.Students).Include(f => f.Records)
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flag is null)
        {
            return WorkItemOutcome.NotFound;
        }
        var scope = await ScopeAsync(flag, cancellationToken);
        if (!await MayAsync(user, scope))
        {
            return WorkItemOutcome.Forbidden;
        }
        if (flag.Status != MergeSplitStatus.Pending)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(flag.Id, cancellationToken);
        }
        var waiting = validate ? (await ValidationScopeAsync(flag, cancellationToken)).StateCodes : new HashSet<string>();
        if (validate && !await MayAsync(user, new RecordStates(waiting, flag.FlaggedByUserId)))
        {
            // Involved, but this State's records do not move or its validation is already recorded.
            await transaction.RollbackAsync(cancellationToken);
            return WorkItemOutcome.Forbidden;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (validate && !user.IsInRole(PortalRoles.NationalAdministrator) && waiting.Count > 1)
        {
            return await RecordStateValidationAsync(flag, user, scope, waiting, transaction, cancellationToken);
        }
        try
        {
            var applied = !validate || (flag.Kind == MergeSplitKind.Merge
                ? await merger.ApplyAsync(flag, now, cancellationToken)
                : await splitter.ApplyAsync(flag, now, cancellationToken));
            if (!applied)
            {
                await transaction.RollbackAsync(cancellationToken);
                return await ConflictAsync(flag.Id, cancellationToken);
            }
            if (validate)
            {
                flag.ValidatedStateCodes = [.. flag.ValidatedStateCodes, .. waiting.Order(StringComparer.Ordinal)];
            }
            Resolve(flag, validate, comment, user, now, scope);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return WorkItemOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(flag.Id, cancellationToken);
        }
    }

    /// <summary>The user's State consents; the flag stays pending (and locked) for the other States whose records move.</summary>
    private async Task<WorkItemOutcome> RecordStateValidationAsync(MergeSplitFlag flag, ClaimsPrincipal user, RecordStates scope,
        IReadOnlySet<string> waiting, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        var state = user.StateCode()!.ToUpperInvariant();
        flag.ValidatedStateCodes = [.. flag.ValidatedStateCodes, state];
        var stillWaiting = string.Join(',', waiting.Where(s => !string.Equals(s, state, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal));
        AddAudit(AuditActions.MergeSplitValidatedForState, flag, $"validated={state};waiting={stillWaiting}", scope);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(flag.Id, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return WorkItemOutcome.Done;
    }

    private async Task<bool> MayAsync(ClaimsPrincipal user, RecordStates resource) =>
        (await authorization.AuthorizeAsync(user, resource, Policies.DecideMergeSplit)).Succeeded;

    private void Resolve(MergeSplitFlag flag, bool validate, string? comment, ClaimsPrincipal user, DateTime now, RecordStates scope)
    {
        flag.Status = validate ? MergeSplitStatus.Validated : MergeSplitStatus.Rejected;
        flag.DecidedByUserId = user.UserId();
        flag.DecidedAt = now;
        flag.DecisionComment = comment;
        foreach (var student in flag.Students)
        {
            student.IsLocked = false;
        }
        var action = !validate ? AuditActions.MergeSplitRejected
            : flag.Kind == MergeSplitKind.Merge ? AuditActions.RecordsMerged : AuditActions.RecordSplit;
        var moved = string.Join(',', flag.Records.Select(r => r.StateStudentRecordId));
        AddAudit(action, flag, $"students={string.Join(',', flag.Students.Select(s => s.ConsolidatedStudentId))};master={flag.MasterStudentId};"
            + $"result={flag.ResultStudentId};records={moved}", scope);
    }

    /// <summary>
    /// One row per State with records in the flag: the event concerns each of them (not only the
    /// actor's State, and a national administrator has none), so each State's administrators see it.
    /// </summary>
    private void AddAudit(string action, MergeSplitFlag flag, string detail, RecordStates scope)
    {
        var target = flag.Id.ToString(CultureInfo.InvariantCulture);
        foreach (var state in scope.StateCodes.Order(StringComparer.Ordinal))
        {
            db.AuditEvents.Add(audit.Create(action, "merge-split-flag", target, detail, stateCode: state));
        }
    }

    /// <summary>Nothing of this attempt is kept; the conflict itself is audited.</summary>
    private async Task<WorkItemOutcome> ConflictAsync(long flagId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await audit.RecordAsync(AuditActions.MergeSplitConflict, "merge-split-flag",
            flagId.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        return WorkItemOutcome.Conflict;
    }
}
