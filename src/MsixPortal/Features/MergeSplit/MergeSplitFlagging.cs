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

/// <summary>How flagging ended: the new flag's ID, or why not (a problem to show on the form, 403, 404).</summary>
public sealed record FlagResult(WorkItemOutcome Outcome, long? FlagId = null, string? Problem = null);

/// <summary>
/// Flags records for merge or split: checks the caller's State scope, locks the students (a unique
/// index makes the lock hold even against a simultaneous flag), notifies the States' data administrators.
/// </summary>
public sealed class MergeSplitFlagging(
    PortalDbContext db,
    MergeSplitStudents students,
    NoticeRouting routing,
    Notifier notifier,
    AuditTrail audit,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    public async Task<FlagResult> FlagMergeAsync(MergeFlagInputModel input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (found, problem) = await students.CurrentAsync(input.MsixIdList(), cancellationToken);
        if (found is null)
        {
            return new FlagResult(WorkItemOutcome.Conflict, Problem: problem);
        }
        if (found.Count < 2)
        {
            return new FlagResult(WorkItemOutcome.Conflict, Problem: problem ?? "Give at least two different MSIX IDs.");
        }
        if (!await MayFlagAsync([.. found.Select(s => s.Id)], user, cancellationToken))
        {
            return new FlagResult(WorkItemOutcome.Forbidden);
        }
        var master = found.FirstOrDefault(s => s.MsixId == input.MasterMsixId);
        if (master is null)
        {
            return new FlagResult(WorkItemOutcome.Conflict, Problem: "Choose the record whose MSIX ID stays.");
        }
        var flag = NewFlag(MergeSplitKind.Merge, master.Id, input.Reason!, user);
        flag.Students.AddRange(found.Select(s => new MergeSplitFlagStudent { ConsolidatedStudentId = s.Id, IsLocked = true }));
        return await SaveAsync(flag, [.. found.Select(s => s.Id)], AuditActions.MergeFlagged, cancellationToken);
    }

    public async Task<FlagResult> FlagSplitAsync(SplitFlagInputModel input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (found, problem) = await students.CurrentAsync([input.MsixId!], cancellationToken);
        if (found is not [var student])
        {
            return new FlagResult(WorkItemOutcome.Conflict, Problem: problem);
        }
        if (!await MayFlagAsync([student.Id], user, cancellationToken))
        {
            return new FlagResult(WorkItemOutcome.Forbidden);
        }
        var recordIds = await db.StateStudentRecords.Where(r => r.ConsolidatedStudentId == student.Id)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var leaving = input.RecordIds.Distinct().ToList();
        if (leaving.Count == 0 || leaving.Count >= recordIds.Count || leaving.Except(recordIds).Any())
        {
            return new FlagResult(WorkItemOutcome.Conflict,
                Problem: "Tick the State records that belong to another child; at least one must stay.");
        }
        var flag = NewFlag(MergeSplitKind.Split, student.Id, input.Reason!, user);
        flag.Students.Add(new MergeSplitFlagStudent { ConsolidatedStudentId = student.Id, IsLocked = true });
        flag.Records.AddRange(leaving.Select(id => new MergeSplitFlagRecord { StateStudentRecordId = id, FromStudentId = student.Id }));
        return await SaveAsync(flag, [student.Id], AuditActions.SplitFlagged, cancellationToken);
    }

    private MergeSplitFlag NewFlag(MergeSplitKind kind, long masterId, string reason, ClaimsPrincipal user) => new()
    {
        Kind = kind,
        Status = MergeSplitStatus.Pending,
        Reason = reason,
        MasterStudentId = masterId,
        FlaggedByUserId = user.UserId(),
        FlaggedByStateCode = user.StateCode(),
        FlaggedAt = clock.GetUtcNow().UtcDateTime,
    };

    private async Task<FlagResult> SaveAsync(MergeSplitFlag flag, IReadOnlyList<long> studentIds, string auditAction,
        CancellationToken cancellationToken)
    {
        var states = await students.StatesOfAsync(studentIds, cancellationToken);
        if (await students.LockedAsync(studentIds, cancellationToken) is { } locked)
        {
            return new FlagResult(WorkItemOutcome.Conflict, Problem: LockedMessage(locked));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MergeSplitFlags.Add(flag);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Someone flagged one of these students a moment ago: the lock index refused ours.
            return new FlagResult(WorkItemOutcome.Conflict, Problem: LockedMessage(null));
        }
        var link = $"/merge-split/{flag.Id}";
        var kind = flag.Kind == MergeSplitKind.Merge ? "merge" : "split";
        foreach (var state in states)
        {
            var admins = await routing.DataAdministratorsAsync(state, cancellationToken);
            notifier.Notify(admins.Where(a => a.UserId != flag.FlaggedByUserId), $"A {kind} is waiting for validation", link);
        }
        // One row per State with records in the flag: it concerns each of them, whoever flagged it.
        foreach (var state in states.Order(StringComparer.Ordinal))
        {
            db.AuditEvents.Add(audit.Create(auditAction, "merge-split-flag", flag.Id.ToString(CultureInfo.InvariantCulture),
                $"students={string.Join(',', studentIds)};master={flag.MasterStudentId};records={flag.Records.Count}", stateCode: state));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FlagResult(WorkItemOutcome.Done, flag.Id);
    }

    /// <summary>One of the records' States is the user's own (IDOR: no flagging other States' records only).</summary>
    private async Task<bool> MayFlagAsync(IReadOnlyList<long> studentIds, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var states = await students.StatesOfAsync(studentIds, cancellationToken);
        return (await authorization.AuthorizeAsync(user, new RecordStates(states), Policies.FlagRecords)).Succeeded;
    }

    private static string LockedMessage(string? msixId) =>
        $"{(msixId is null ? "One of these records" : $"MSIX ID {msixId}")} is already flagged for a merge or split "
        + "and is locked until that flag is validated or rejected.";
}
