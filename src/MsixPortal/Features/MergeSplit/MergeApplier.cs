using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MergeSplit;

/// <summary>
/// Applies a validated merge inside the caller's transaction: the other students' State records
/// move to the master, each merged-away student keeps its row and MSIX ID and points at the master,
/// and the flag records where every record came from so that a split can restore it.
/// </summary>
public sealed class MergeApplier(PortalDbContext db)
{
    /// <summary>False when a student was merged meanwhile; throws DbUpdateConcurrencyException when one changed.</summary>
    public async Task<bool> ApplyAsync(MergeSplitFlag flag, DateTime now, CancellationToken cancellationToken)
    {
        var ids = flag.Students.Select(s => s.ConsolidatedStudentId).ToList();
        var students = await db.ConsolidatedStudents.Where(s => ids.Contains(s.Id)).ToListAsync(cancellationToken);
        if (students.Count != ids.Count || students.Any(s => s.MergedIntoStudentId is not null))
        {
            return false;
        }
        var master = students.Single(s => s.Id == flag.MasterStudentId);
        var others = students.Where(s => s.Id != master.Id).ToList();
        foreach (var other in others)
        {
            var records = await db.StateStudentRecords.Where(r => r.ConsolidatedStudentId == other.Id).ToListAsync(cancellationToken);
            foreach (var record in records)
            {
                flag.Records.Add(new MergeSplitFlagRecord { StateStudentRecordId = record.Id, FromStudentId = other.Id });
                record.ConsolidatedStudentId = master.Id;
            }
            other.MergedIntoStudentId = master.Id;
            other.ChangedAt = now;
        }
        // Touching the master makes its xmin part of the check: a concurrent change to it fails this merge.
        master.ChangedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        foreach (var other in others)
        {
            db.MsixIdHistory.Add(History(other.Id, MsixIdEvent.MergedInto, master.Id, flag.Id, now));
            db.MsixIdHistory.Add(History(master.Id, MsixIdEvent.Absorbed, other.Id, flag.Id, now));
        }
        return true;
    }

    internal static MsixIdHistoryEntry History(long studentId, MsixIdEvent what, long otherId, long flagId, DateTime now) =>
        new() { ConsolidatedStudentId = studentId, Event = what, OtherStudentId = otherId, FlagId = flagId, OccurredAt = now };
}
