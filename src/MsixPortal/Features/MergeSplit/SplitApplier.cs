using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Data.MsixIds;

namespace MsixPortal.Features.MergeSplit;

/// <summary>
/// Applies a validated split inside the caller's transaction. When the records that leave are
/// exactly those an earlier merge brought in from a student (or from all of its students), each such
/// student is restored with its own MSIX ID and records (the merge is undone); otherwise they get a new
/// consolidated student and MSIX ID.
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
        var restored = await RestorableAsync(source.Id, leavingIds, cancellationToken);
        if (restored.Count == 0)
        {
            var fresh = new ConsolidatedStudent { MsixId = await msixIds.NextAsync(cancellationToken), CreatedAt = now };
            db.ConsolidatedStudents.Add(fresh);
            restored = [(fresh, leavingIds)];
        }
        foreach (var (target, _) in restored)
        {
            target.MergedIntoStudentId = null;
            target.ChangedAt = now;
        }
        source.ChangedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        foreach (var record in records)
        {
            record.ConsolidatedStudentId = restored.First(r => r.RecordIds.Contains(record.Id)).Student.Id;
        }
        flag.ResultStudentId = restored[0].Student.Id;
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (target, _) in restored)
        {
            db.MsixIdHistory.Add(MergeApplier.History(target.Id, MsixIdEvent.SplitFrom, source.Id, flag.Id, now));
            db.MsixIdHistory.Add(MergeApplier.History(source.Id, MsixIdEvent.SplitOff, target.Id, flag.Id, now));
        }
        return true;
    }

    /// <summary>
    /// The students merged into the source whose merge brought in exactly these records, each with the
    /// records it brought: one student (its records leave), or every student of one merge (the merge is
    /// undone whole). Empty when the records match no merge.
    /// </summary>
    private async Task<List<(ConsolidatedStudent Student, IReadOnlySet<long> RecordIds)>> RestorableAsync(
        long sourceId, HashSet<long> leavingIds, CancellationToken cancellationToken)
    {
        var mergeFlags = await db.MsixIdHistory.AsNoTracking()
            .Where(h => h.Event == MsixIdEvent.MergedInto && h.OtherStudentId == sourceId)
            .OrderByDescending(h => h.Id)
            .Select(h => h.FlagId)
            .ToListAsync(cancellationToken);
        foreach (var flagId in mergeFlags.Distinct())
        {
            var brought = (await db.MergeSplitFlagRecords.AsNoTracking().Where(r => r.FlagId == flagId).ToListAsync(cancellationToken))
                .GroupBy(r => r.FromStudentId)
                .Select(g => (StudentId: g.Key, RecordIds: (IReadOnlySet<long>)g.Select(r => r.StateStudentRecordId).ToHashSet()))
                .ToList();
            var groups = leavingIds.SetEquals(brought.SelectMany(b => b.RecordIds)) ? brought
                : brought.Where(b => leavingIds.SetEquals(b.RecordIds)).ToList();
            if (groups.Count == 0)
            {
                continue;
            }
            var studentIds = groups.Select(g => g.StudentId).ToList();
            var students = await db.ConsolidatedStudents.Where(s => studentIds.Contains(s.Id)).ToListAsync(cancellationToken);
            if (students.Count == groups.Count && students.All(s => s.MergedIntoStudentId == sourceId))
            {
                return [.. groups.Select(g => (students.Single(s => s.Id == g.StudentId), g.RecordIds))];
            }
        }
        return [];
    }
}
