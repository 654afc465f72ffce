using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>Puts a child row into the right list of its State record.</summary>
internal static class RowLists
{
    public static void Add(StateStudentRecord record, StateRecordRow row)
    {
        switch (row)
        {
            case AlternateStateId alternate: record.AlternateIds.Add(alternate); break;
            case QualifyingMove move: record.QualifyingMoves.Add(move); break;
            case Enrollment enrollment: record.Enrollments.Add(enrollment); break;
            case Course course: record.Courses.Add(course); break;
            case Assessment assessment: record.Assessments.Add(assessment); break;
            default: throw new ArgumentException($"Unknown row type {row.GetType().Name}.", nameof(row));
        }
    }
}
