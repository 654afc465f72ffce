using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Records;

/// <summary>Where a course stands for credit accrual.</summary>
public enum CourseStatus
{
    /// <summary>A final grade was given.</summary>
    Completed,

    /// <summary>No final grade, but credit was granted for the part completed (the child withdrew).</summary>
    PartialCredit,

    /// <summary>No final grade and no credit yet: grade-to-date and clock hours tell how far it got.</summary>
    InProgress,
}

/// <summary>Credits by subject area, the partial ones and the unfinished courses called out.</summary>
public sealed record SubjectCredits(
    string SubjectArea, decimal CompletedCredits, decimal PartialCredits, int InProgressCourses, int InProgressClockHours)
{
    public decimal TotalCredits => CompletedCredits + PartialCredits;
}

public sealed record CreditAccrualSummary(IReadOnlyList<SubjectCredits> BySubject, SubjectCredits Overall);

/// <summary>Credit accrual totals over every State's courses, for secondary-credit placement.</summary>
public static class CreditAccrual
{
    public const string NoSubject = "(no subject area)";
    public const string AllSubjects = "All subjects";

    public static CourseStatus StatusOf(Course course) =>
        !string.IsNullOrWhiteSpace(course.FinalGrade) ? CourseStatus.Completed
        : course.CreditsGranted > 0 ? CourseStatus.PartialCredit
        : CourseStatus.InProgress;

    public static CreditAccrualSummary Summarise(IEnumerable<Course> courses)
    {
        var list = courses.ToList();
        var bySubject = list
            .GroupBy(c => string.IsNullOrWhiteSpace(c.SubjectArea) ? NoSubject : c.SubjectArea.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(group => Total(group.First().SubjectArea?.Trim() is { Length: > 0 } name ? name : NoSubject, group))
            .OrderBy(s => s.SubjectArea, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new CreditAccrualSummary(bySubject, Total(AllSubjects, list));
    }

    private static SubjectCredits Total(string subject, IEnumerable<Course> courses)
    {
        decimal completed = 0, partial = 0;
        int inProgress = 0, hours = 0;
        foreach (var course in courses)
        {
            switch (StatusOf(course))
            {
                case CourseStatus.Completed:
                    completed += course.CreditsGranted ?? 0;
                    break;
                case CourseStatus.PartialCredit:
                    partial += course.CreditsGranted ?? 0;
                    break;
                default:
                    inProgress++;
                    hours += course.ClockHours ?? 0;
                    break;
            }
        }
        return new SubjectCredits(subject, completed, partial, inProgress, hours);
    }
}
