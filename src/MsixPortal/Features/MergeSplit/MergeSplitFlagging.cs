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

/// <summary>
/// How flagging (or checking a flag before confirming it) ended: the new flag's ID, or why not (a
/// problem to show on the form, against <see cref="ProblemField"/>; 403; 404).
/// </summary>
public sealed record FlagResult(WorkItemOutcome Outcome, long? FlagId = null, string? Problem = null, string ProblemField = "")
{
    public static FlagResult Refused(string? problem, string field) => new(WorkItemOutcome.Conflict, Problem: problem, ProblemField: field);
}

/// <summary>What a merge flag would do, shown on the confirmation page: the MSIX ID that stays and those that join it.</summary>
public sealed record MergePlan(CurrentStudent Master, IReadOnlyList<CurrentStudent> Others);

/// <summary>What a split flag would do: the States of the records that leave the MSIX ID and of those that stay.</summary>
public sealed record SplitPlan(CurrentStudent Student, IReadOnlyList<string> LeavingStates, IReadOnlyList<string> StayingStates);

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
    /// <summary>Checks a merge flag without saving it (the confirmation page): the plan, or why it cannot be flagged.</summary>
    public async Task<(MergePlan? Plan, FlagResult? Refusal)> CheckMergeAsync(MergeFlagInputModel input, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var (found, problem) = await students.CurrentAsync(input.MsixIdList(), cancellationToken);
        if (found is null || found.Count < 2)
        {
            return (null, FlagResult.Refused(problem ?? "Enter at least two different MSIX IDs.", nameof(MergeFlagInputModel.MsixIds)));
        }
        if (!await MayFlagAsync([.. found.Select(s => s.Id)], user, cancellationToken))
        {
            return (null, new FlagResult(WorkItemOutcome.Forbidden));
        }
        var master = found.FirstOrDefault(s => s.MsixId == input.MasterMsixId);
        if (master is null)
        {
            return (null, FlagResult.Refused("Choose the record whose MSIX ID stays.", nameof(MergeFlagInputModel.MasterMsixId)));
        }
        if (await students.LockedAsync([.. found.Select(s => s.Id)], cancellationToken) is { } locked)
        {
            return (null, FlagResult.Refused(LockedMessage(locked), nameof(MergeFlagInputModel.MsixIds)));
        }
        return (new MergePlan(master, [.. found.Where(s => s.Id != master.Id)]), null);
    }

    public async Task<FlagResult> FlagMergeAsync(MergeFlagInputModel input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await CheckMergeAsync(input, user, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }
        var flag = NewFlag(MergeSplitKind.Merge, plan.Master.Id, input.Reason!, user);
        IReadOnlyList<long> ids = [plan.Master.Id, .. plan.Others.Select(s => s.Id)];
        flag.Students.AddRange(ids.Select(id => new MergeSplitFlagStudent { ConsolidatedStudentId = id, IsLocked = true }));
        return await SaveAsync(flag, ids, AuditActions.MergeFlagged, cancellationToken);
    }

    /// <summary>Checks a split flag without saving it (the confirmation page): the plan, or why it cannot be flagged.</summary>
    public async Task<(SplitPlan? Plan, FlagResult? Refusal)> CheckSplitAsync(SplitFlagInputModel input, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var (found, problem) = await students.CurrentAsync([input.MsixId ?? ""], cancellationToken);
        if (found is not [var student])
        {
            return (null, FlagResult.Refused(problem, nameof(SplitFlagInputModel.MsixId)));
        }
        if (!await MayFlagAsync([student.Id], user, cancellationToken))
        {
            return (null, new FlagResult(WorkItemOutcome.Forbidden));
        }
        var records = await db.StateStudentRecords.Where(r => r.ConsolidatedStudentId == student.Id)
            .Select(r => new { r.Id, r.StateCode }).ToListAsync(cancellationToken);
        var leaving = input.RecordIds.Distinct().ToList();
        if (leaving.Count == 0 || leaving.Count >= records.Count || leaving.Except(records.Select(r => r.Id)).Any())
        {
            return (null, FlagResult.Refused("Tick the State records that belong to another child; at least one must stay.",
                nameof(SplitFlagInputModel.RecordIds)));
        }
        if (await students.LockedAsync([student.Id], cancellationToken) is { } locked)
        {
            return (null, FlagResult.Refused(LockedMessage(locked), nameof(SplitFlagInputModel.MsixId)));
        }
        return (new SplitPlan(student, [.. records.Where(r => leaving.Contains(r.Id)).Select(r => r.StateCode)],
            [.. records.Where(r => !leaving.Contains(r.Id)).Select(r => r.StateCode)]), null);
    }

    public async Task<FlagResult> FlagSplitAsync(SplitFlagInputModel input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await CheckSplitAsync(input, user, cancellationToken);
        if (plan is null)
        {
            return refusal!;
        }
        var flag = NewFlag(MergeSplitKind.Split, plan.Student.Id, input.Reason!, user);
        flag.Students.Add(new MergeSplitFlagStudent { ConsolidatedStudentId = plan.Student.Id, IsLocked = true });
        flag.Records.AddRange(input.RecordIds.Distinct().Select(id => new MergeSplitFlagRecord { StateStudentRecordId = id, FromStudentId = plan.Student.Id }));
        return await SaveAsync(flag, [plan.Student.Id], AuditActions.SplitFlagged, cancellationToken);
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
            return FlagResult.Refused(LockedMessage(locked), "");
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
            return FlagResult.Refused(LockedMessage(null), "");
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
