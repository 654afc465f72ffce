using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>The repeating rows of State records: a State's submission replaces them all.</summary>
internal static class ChildRows
{
    public static async Task DeleteAsync(PortalDbContext db, long[] recordIds, CancellationToken cancellationToken)
    {
        await db.AlternateStateIds.Where(x => recordIds.Contains(x.StateStudentRecordId)).ExecuteDeleteAsync(cancellationToken);
        await db.QualifyingMoves.Where(x => recordIds.Contains(x.StateStudentRecordId)).ExecuteDeleteAsync(cancellationToken);
        await db.Enrollments.Where(x => recordIds.Contains(x.StateStudentRecordId)).ExecuteDeleteAsync(cancellationToken);
        await db.Courses.Where(x => recordIds.Contains(x.StateStudentRecordId)).ExecuteDeleteAsync(cancellationToken);
        await db.Assessments.Where(x => recordIds.Contains(x.StateStudentRecordId)).ExecuteDeleteAsync(cancellationToken);
    }

    public static IEnumerable<StateRecordRow> All(StateStudentRecord record) =>
        record.AlternateIds.Cast<StateRecordRow>().Concat(record.QualifyingMoves).Concat(record.Enrollments)
            .Concat(record.Courses).Concat(record.Assessments);

    public static void Stamp(StateStudentRecord record, DateTime now)
    {
        foreach (var row in All(record))
        {
            row.SubmittedAt = now;
        }
    }

    /// <summary>Moves the submitted rows onto the stored (tracked) record.</summary>
    public static void Adopt(StateStudentRecord submitted, StateStudentRecord stored, DateTime now)
    {
        Stamp(submitted, now);
        stored.AlternateIds = submitted.AlternateIds;
        stored.QualifyingMoves = submitted.QualifyingMoves;
        stored.Enrollments = submitted.Enrollments;
        stored.Courses = submitted.Courses;
        stored.Assessments = submitted.Assessments;
    }
}
