using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Data.MsixIds;

namespace MsixPortal.Features.MergeSplit;

/// <summary>
/// Applies a validated split inside the caller's transaction. When the records that leave are
/// exactly those an earlier merge brought in from a student, that student is restored with its own
/// MSIX ID (the merge is undone); otherwise they get a new consolidated student and MSIX ID.
/// </summary>
public sealed class SplitApplier(PortalDbContext db, MsixIdGenerator msixIds)
{
    /// <summary>False when the records or the student changed meanwhile.</summary>
    public async Task<bool> ApplyAsync(MergeSplitFlag flag, DateTime now, CancellationToken cancellationToken)
    {
        var source = await db.ConsolidatedStudents.FirstOrDefaultAsync(s => s.Id == flag.MasterStudentId, cancellationToken);
        var leavingIds = flag.Records.Select(r => r.StateStudentRecordId).ToHashSet();
        var records = await db.StateStudentRecords.Where(r => leavingIds.Contains(r.Id)).ToListAsync(cancellationToken);
        if (source is null || source.MergedIntoStudentId is not null
            || records.Count != leavingIds.Count || records.Any(r => r.ConsolidatedStudentId != source.Id))
        {
            return false;
        }
        var target = await RestorableAsync(source.Id, leavingIds, cancellationToken);
        if (target is null)
        {
            target = new ConsolidatedStudent { MsixId = await msixIds.NextAsync(cancellationToken), CreatedAt = now };
            db.ConsolidatedStudents.Add(target);
        }
        target.MergedIntoStudentId = null;
        target.ChangedAt = now;
        source.ChangedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        foreach (var record in records)
        {
            record.ConsolidatedStudentId = target.Id;
        }
        flag.ResultStudentId = target.Id;
        await db.SaveChangesAsync(cancellationToken);
        db.MsixIdHistory.Add(MergeApplier.History(target.Id, MsixIdEvent.SplitFrom, source.Id, flag.Id, now));
        db.MsixIdHistory.Add(MergeApplier.History(source.Id, MsixIdEvent.SplitOff, target.Id, flag.Id, now));
        return true;
    }

    /// <summary>A student merged into the source whose merge brought in exactly these records, if any.</summary>
    private async Task<ConsolidatedStudent?> RestorableAsync(long sourceId, HashSet<long> leavingIds, CancellationToken cancellationToken)
    {
        var merges = await db.MsixIdHistory.AsNoTracking()
            .Where(h => h.Event == MsixIdEvent.MergedInto && h.OtherStudentId == sourceId)
            .OrderByDescending(h => h.Id)
            .Select(h => new { h.ConsolidatedStudentId, h.FlagId })
            .ToListAsync(cancellationToken);
        foreach (var merge in merges)
        {
            var brought = await db.MergeSplitFlagRecords.AsNoTracking()
                .Where(r => r.FlagId == merge.FlagId && r.FromStudentId == merge.ConsolidatedStudentId)
                .Select(r => r.StateStudentRecordId)
                .ToListAsync(cancellationToken);
            if (brought.Count > 0 && leavingIds.SetEquals(brought))
            {
                var candidate = await db.ConsolidatedStudents.FirstAsync(s => s.Id == merge.ConsolidatedStudentId, cancellationToken);
                if (candidate.MergedIntoStudentId == sourceId)
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
