using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Submissions.Apply;

/// <summary>The repeating rows of State records: a State's submission replaces them all, stamped with its time.</summary>
internal static class ChildRows
{
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
}
