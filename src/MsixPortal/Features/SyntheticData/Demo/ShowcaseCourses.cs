using System.Globalization;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData.Demo;

/// <summary>Adds half-credit courses to a showcase student's high-school enrollments until the records hold a given total.</summary>
internal static class ShowcaseCourses
{
    public static void TopUp(IReadOnlyList<StateStudentRecord> records, int total)
    {
        var slots = records
            .SelectMany(r => r.Enrollments.Where(e => e.GradeLevel is "09" or "10" or "11" or "12").Select(e => (Record: r, Enrollment: e)))
            .ToList();
        for (var i = 0; records.Sum(r => r.Courses.Count) < total; i++)
        {
            var (record, enrollment) = slots[i % slots.Count];
            var offerings = CourseCatalog.ForGrade(enrollment.GradeLevel!).Concat(CourseCatalog.CreditRecovery).ToList();
            var offering = offerings[i / slots.Count % offerings.Count];
            var year = enrollment.EnrollmentDate.Month >= 7 ? enrollment.EnrollmentDate.Year : enrollment.EnrollmentDate.Year - 1;
            record.Courses.Add(new Course
            {
                Sequence = record.Courses.Count + 1,
                SubmittedAt = enrollment.SubmittedAt,
                CourseTitle = offering.Title,
                SubjectArea = offering.SubjectArea,
                CourseType = offering.CourseType,
                BeginAcademicYear = year,
                EndAcademicYear = year + 1,
                TermType = "0828",
                CreditsGranted = enrollment.WithdrawalDate is null ? null : 0.5m,
                ClockHours = enrollment.WithdrawalDate is null ? 40 : null,
                GradeToDate = enrollment.WithdrawalDate is null ? "B" : null,
                FinalGrade = enrollment.WithdrawalDate is null ? null
                    : record.StateCode == "TX" ? (80 + i % 17).ToString(CultureInfo.InvariantCulture) : "B+",
            });
        }
    }
}
