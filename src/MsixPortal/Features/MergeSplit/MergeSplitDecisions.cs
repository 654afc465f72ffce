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

/// <summary>
/// Validates (and so applies) or rejects a flag: a data administrator other than the flagger, of one
/// of the records' States or national. Applying is one transaction; if another administrator got
/// there first, xmin (on the flag and the students) makes this one fail cleanly with a conflict.
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

    /// <summary>The flag's scope for <see cref="Policies.DecideMergeSplit"/> and <see cref="Policies.FlagRecords"/>.</summary>
    public async Task<RecordStates> ScopeAsync(MergeSplitFlag flag, CancellationToken cancellationToken)
    {
        var ids = flag.Students.Select(s => s.ConsolidatedStudentId).ToList();
        return new RecordStates(await students.StatesOfAsync(ids, cancellationToken), flag.FlaggedByUserId);
    }

    private async Task<WorkItemOutcome> DecideAsync(long id, string? comment, ClaimsPrincipal user, bool validate, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Deciders of one flag queue here; the second then sees it decided. xmin still guards the
        // students against anything else that changed them since they were read.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM merge_split_flags WHERE id = {id} FOR UPDATE", cancellationToken);
        var flag = await db.MergeSplitFlags.Include(f => f.Students).Include(f => f.Records)
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (flag is null)
        {
            return WorkItemOutcome.NotFound;
        }
        if (!(await authorization.AuthorizeAsync(user, await ScopeAsync(flag, cancellationToken), Policies.DecideMergeSplit)).Succeeded)
        {
            return WorkItemOutcome.Forbidden;
        }
        if (flag.Status != MergeSplitStatus.Pending)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(flag.Id, cancellationToken);
        }
        var now = clock.GetUtcNow().UtcDateTime;
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
            Resolve(flag, validate, comment, user, now);
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

    private void Resolve(MergeSplitFlag flag, bool validate, string? comment, ClaimsPrincipal user, DateTime now)
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
        db.AuditEvents.Add(audit.Create(action, "merge-split-flag", flag.Id.ToString(CultureInfo.InvariantCulture),
            $"students={string.Join(',', flag.Students.Select(s => s.ConsolidatedStudentId))};master={flag.MasterStudentId};"
            + $"result={flag.ResultStudentId};records={moved}"));
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
