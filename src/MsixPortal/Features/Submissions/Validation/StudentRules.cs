using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>
/// Rules across elements of one student: dates that must be in order, dates that cannot be in the
/// future. The rule on qualifying moves and enrollments is documented in docs/submissions/README.md:
/// the earliest qualifying arrival date must not be after the latest enrollment date, since a child
/// is enrolled by the MEP because of a qualifying move (earlier basic-school enrollments are fine).
/// </summary>
internal static class StudentRules
{
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);
    private static readonly string[] StateAssessmentTypes = ["09", "10", "11"];

    /// <summary>MDE 76 is bound to its code set only for State assessments (types 09–11).</summary>
    public static bool IsFreeInterpretation(DataElement element, object entity) =>
        element.Number == 76 && entity is Assessment { AssessmentType: var type } && !StateAssessmentTypes.Contains(type);

    public static void Check(StateStudentRecord record, DateOnly today, ProblemCollector report)
    {
        if (record.BirthDate != default && (record.BirthDate > today || record.BirthDate < EarliestBirthDate))
        {
            report.Add(null, null, DataElementCatalogue.ByNumber(10), null,
                record.BirthDate > today ? "is in the future" : "is before 1900");
        }
        CheckMoves(record, today, report);
        CheckEnrollments(record, report);
        foreach (var course in record.Courses.Where(c => c.EndAcademicYear < c.BeginAcademicYear))
        {
            report.Add(DataSection.Course, Seq(course), DataElementCatalogue.ByNumber(63), null,
                "is before the Begin Academic Year (MDE 62)");
        }
    }

    private static void CheckMoves(StateStudentRecord record, DateOnly today, ProblemCollector report)
    {
        foreach (var move in record.QualifyingMoves.Where(m => m.QualifyingArrivalDate != default))
        {
            if (move.QualifyingArrivalDate > today)
            {
                report.Add(DataSection.QualifyingMove, Seq(move), DataElementCatalogue.ByNumber(20), null, "is in the future");
            }
            if (record.BirthDate != default && move.QualifyingArrivalDate < record.BirthDate)
            {
                report.Add(DataSection.QualifyingMove, Seq(move), DataElementCatalogue.ByNumber(20), null,
                    "is before the Birth Date (MDE 10)");
            }
            if (move.EligibilityExpirationDate is { } expires && expires <= move.QualifyingArrivalDate)
            {
                report.Add(DataSection.QualifyingMove, Seq(move), DataElementCatalogue.ByNumber(26), null,
                    "must be after the Qualifying Arrival Date (MDE 20)");
            }
        }
        var enrollmentDates = record.Enrollments.Where(e => e.EnrollmentDate != default).Select(e => e.EnrollmentDate).ToList();
        var arrivals = record.QualifyingMoves.Where(m => m.QualifyingArrivalDate != default).ToList();
        if (enrollmentDates.Count > 0 && arrivals.Count > 0)
        {
            var earliest = arrivals.MinBy(m => m.QualifyingArrivalDate)!;
            if (earliest.QualifyingArrivalDate > enrollmentDates.Max())
            {
                report.Add(DataSection.QualifyingMove, Seq(earliest), DataElementCatalogue.ByNumber(20), null,
                    "is after every Enrollment Date (MDE 27) of the child");
            }
        }
    }

    private static void CheckEnrollments(StateStudentRecord record, ProblemCollector report)
    {
        foreach (var enrollment in record.Enrollments.Where(e => e.EnrollmentDate != default))
        {
            if (enrollment.WithdrawalDate is { } withdrawn && withdrawn < enrollment.EnrollmentDate)
            {
                report.Add(DataSection.Enrollment, Seq(enrollment), DataElementCatalogue.ByNumber(48), null,
                    "is before the Enrollment Date (MDE 27)");
            }
        }
    }

    private static string Seq(StateRecordRow row) => row.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
