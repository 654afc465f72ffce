using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.Features.MoveNotices;
using MsixPortal.Features.Notifications;
using MsixPortal.Features.Worklists;
using Npgsql;

namespace MsixPortal.Features.MergeSplit;

/// <summary>How an undo ended: the split flag that carries it, and whether it is already applied (else it waits for other States).</summary>
public sealed record UndoResult(WorkItemOutcome Outcome, long? SplitFlagId = null, bool Applied = false);

/// <summary>
/// Undoes a validated merge in one step from its page: a split of exactly the records the merge
/// brought in, which <see cref="SplitApplier"/> gives back to their former MSIX IDs. A data
/// administrator of a State holding the records (or a national administrator) asks for it; the
/// consent rule of every move still holds (security.md 41): the asker's State validates at once, and
/// when another State's records move the split waits for that State, like any split. Audited in the
/// trail of every State concerned; their data administrators are notified.
/// </summary>
public sealed class MergeUndo(
    PortalDbContext db,
    MergeSplitStudents students,
    SplitApplier splitter,
    NoticeRouting routing,
    Notifier notifier,
    AuditTrail audit,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    /// <summary>Every State with records under the master now: those the merge concerned.</summary>
    public async Task<RecordStates> ScopeAsync(MergeSplitFlag merge, CancellationToken cancellationToken) =>
        new(await students.StatesOfAsync([merge.MasterStudentId], cancellationToken));

    /// <summary>
    /// A data administrator (the permission to validate) of a State holding the records, or a national
    /// administrator. Not <see cref="Policies.DecideMergeSplit"/>: the undo has no flagger to exclude.
    /// </summary>
    public async Task<bool> MayUndoAsync(MergeSplitFlag merge, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await authorization.AuthorizeAsync(user, Policies.ValidateMergeSplit)).Succeeded
        && (await authorization.AuthorizeAsync(user, await ScopeAsync(merge, cancellationToken), Policies.FlagRecords)).Succeeded;

    /// <summary>
    /// True while the merge can still be undone: validated, each record it brought in still under the
    /// master, each merged-away MSIX ID still leading there, and no other flag locking the master.
    /// </summary>
    public async Task<bool> UndoableAsync(MergeSplitFlag merge, CancellationToken cancellationToken)
    {
        if (merge.Kind != MergeSplitKind.Merge || merge.Status != MergeSplitStatus.Validated || merge.Records.Count == 0)
        {
            return false;
        }
        var recordIds = merge.Records.Select(r => r.StateStudentRecordId).ToList();
        var others = merge.Records.Select(r => r.FromStudentId).Distinct().ToList();
        return await db.StateStudentRecords.CountAsync(r => recordIds.Contains(r.Id) && r.ConsolidatedStudentId == merge.MasterStudentId, cancellationToken) == recordIds.Count
            && await db.ConsolidatedStudents.CountAsync(s => others.Contains(s.Id) && s.MergedIntoStudentId == merge.MasterStudentId, cancellationToken) == others.Count
            && await students.LockedAsync([merge.MasterStudentId], cancellationToken) is null;
    }

    /// <summary>The States whose records the undo moves (those the merge brought in).</summary>
    public async Task<IReadOnlySet<string>> MovingStatesAsync(MergeSplitFlag merge, CancellationToken cancellationToken)
    {
        var recordIds = merge.Records.Select(r => r.StateStudentRecordId).ToList();
        return (await db.StateStudentRecords.Where(r => recordIds.Contains(r.Id)).Select(r => r.StateCode).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public async Task<UndoResult> UndoAsync(long mergeId, string? reason, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two undos of one merge queue here; the second then finds the master locked or the records moved.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM merge_split_flags WHERE id = {mergeId} FOR UPDATE", cancellationToken);
        var merge = await db.MergeSplitFlags.AsNoTracking().Include(f => f.Records).FirstOrDefaultAsync(f => f.Id == mergeId, cancellationToken);
        if (merge is null)
        {
            return new UndoResult(WorkItemOutcome.NotFound);
        }
        var scope = await ScopeAsync(merge, cancellationToken);
        if (!await MayUndoAsync(merge, user, cancellationToken))
        {
            return new UndoResult(WorkItemOutcome.Forbidden);
        }
        if (!await UndoableAsync(merge, cancellationToken))
        {
            return new UndoResult(WorkItemOutcome.Conflict);
        }
        var moving = await MovingStatesAsync(merge, cancellationToken);
        var validated = user.IsInRole(PortalRoles.NationalAdministrator) ? moving
            : moving.Where(s => string.Equals(s, user.StateCode(), StringComparison.OrdinalIgnoreCase)).ToHashSet();
        var now = clock.GetUtcNow().UtcDateTime;
        var split = NewSplit(merge, reason, user, validated, now);
        db.MergeSplitFlags.Add(split);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            var applied = validated.Count == moving.Count;
            if (applied && !await ApplyAsync(split, user, now, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return new UndoResult(WorkItemOutcome.Conflict);
            }
            await RecordAsync(merge, split, scope, moving.Except(validated, StringComparer.OrdinalIgnoreCase).ToList(), user, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new UndoResult(WorkItemOutcome.Done, split.Id, applied);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException
            || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The master was flagged or changed meanwhile: nothing of this undo is kept.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new UndoResult(WorkItemOutcome.Conflict);
        }
    }

    private static MergeSplitFlag NewSplit(MergeSplitFlag merge, string? reason, ClaimsPrincipal user, IReadOnlySet<string> validated, DateTime now)
    {
        var split = new MergeSplitFlag
        {
            Kind = MergeSplitKind.Split,
            Status = MergeSplitStatus.Pending,
            Reason = $"Undo of merge flag {merge.Id}." + (string.IsNullOrWhiteSpace(reason) ? "" : " " + reason.Trim()),
            MasterStudentId = merge.MasterStudentId,
            FlaggedByUserId = user.UserId(),
            FlaggedByStateCode = user.StateCode(),
            FlaggedAt = now,
            ValidatedStateCodes = [.. validated.Select(s => s.ToUpperInvariant()).Order(StringComparer.Ordinal)],
        };
        split.Students.Add(new MergeSplitFlagStudent { ConsolidatedStudentId = merge.MasterStudentId, IsLocked = true });
        split.Records.AddRange(merge.Records.Select(r => new MergeSplitFlagRecord { StateStudentRecordId = r.StateStudentRecordId, FromStudentId = merge.MasterStudentId }));
        return split;
    }

    /// <summary>Every State whose records move validated (the asker's, or a national administrator for all): the split applies now.</summary>
    private async Task<bool> ApplyAsync(MergeSplitFlag split, ClaimsPrincipal user, DateTime now, CancellationToken cancellationToken)
    {
        if (!await splitter.ApplyAsync(split, now, cancellationToken))
        {
            return false;
        }
        split.Status = MergeSplitStatus.Validated;
        split.DecidedByUserId = user.UserId();
        split.DecidedAt = now;
        split.DecisionComment = "Undo of a merge, validated by the State that asked for it.";
        foreach (var student in split.Students)
        {
            student.IsLocked = false;
        }
        return true;
    }

    /// <summary>One audit row per State concerned, and a notification to their data administrators (the asker excepted).</summary>
    private async Task RecordAsync(MergeSplitFlag merge, MergeSplitFlag split, RecordStates scope, List<string> waiting,
        ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var detail = $"merge={merge.Id};split={split.Id};records={split.Records.Count};waiting={string.Join(',', waiting.Order(StringComparer.Ordinal))}";
        foreach (var state in scope.StateCodes.Order(StringComparer.Ordinal))
        {
            db.AuditEvents.Add(audit.Create(AuditActions.MergeUndoRequested, "merge-split-flag", merge.Id.ToString(CultureInfo.InvariantCulture), detail, stateCode: state));
            if (waiting.Count == 0)
            {
                db.AuditEvents.Add(audit.Create(AuditActions.RecordSplit, "merge-split-flag", split.Id.ToString(CultureInfo.InvariantCulture),
                    $"students={merge.MasterStudentId};master={merge.MasterStudentId};result={split.ResultStudentId};records={string.Join(',', split.Records.Select(r => r.StateStudentRecordId))}",
                    stateCode: state));
            }
            var admins = (await routing.DataAdministratorsAsync(state, cancellationToken)).Where(a => a.UserId != user.UserId());
            var waitsForThisState = waiting.Contains(state, StringComparer.OrdinalIgnoreCase);
            notifier.Notify(admins,
                waiting.Count == 0 ? "A merge was undone" : waitsForThisState ? "An undo of a merge is waiting for your State's validation" : "An undo of a merge was asked for",
                waiting.Count == 0 ? $"/merge-split/{merge.Id}" : $"/merge-split/{split.Id}");
        }
    }
}
