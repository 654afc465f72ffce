using System.Globalization;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Secondary course history (MDEs 59–69): the courses of each high-school stay with the credit the time
/// there earned — a full credit, a half for one semester, partial credit (0.25) for a short stay, clock
/// hours and grade-to-date for an unfinished course, no final grade while a course is in progress.
/// </summary>
internal static class CourseHistoryFactory
{
    private static readonly string[] Letters = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D", "F"];

    public static List<Course> Create(RecordContext context)
    {
        var courses = new List<Course>();
        foreach (var stay in context.Stays.Where(s => ChildTraits.IsHighSchool(s.Grade)))
        {
            if (stay.Stay.Kind == StayKind.Summer)
            {
                if (context.Random.Chance(0.4))
                {
                    var count = context.Random.Between(1, 2);
                    courses.AddRange(Enumerable.Range(0, count).Select(_ => Summer(context, stay)));
                }
                continue;
            }
            var offerings = CourseCatalog.ForGrade(stay.Grade).Where(_ => context.Random.Chance(0.8)).ToList();
            if (context.Traits.EnglishLearner == true)
            {
                offerings.Add(CourseCatalog.EnglishAsSecondLanguage);
            }
            courses.AddRange(offerings.Select(o => During(context, stay, o)));
        }
        for (var i = 0; i < courses.Count; i++)
        {
            courses[i].Sequence = i + 1;
        }
        return courses;
    }

    private static Course During(RecordContext context, ChildStay stay, CourseOffering offering)
    {
        var random = context.Random;
        var course = New(context, stay, offering, offering.Semester ? "0828" : "0827");
        if (stay.End is not { } end)
        {
            course.ClockHours = Math.Clamp((context.AsOf.DayNumber - stay.Start.DayNumber) / 7 * 5, 5, 200);
            course.GradeToDate = GradeText(context, random);
            return course;
        }
        var yearShare = (end.DayNumber - stay.Start.DayNumber) / 280.0;
        if (yearShare >= 0.85 || (offering.Semester && yearShare >= 0.45))
        {
            course.CreditsGranted = offering.Semester ? 0.5m : 1.0m;
            course.FinalGrade = GradeText(context, random);
        }
        else if (yearShare >= 0.45)
        {
            course.CreditsGranted = 0.5m;
            course.CourseSection = "A";
            course.FinalGrade = GradeText(context, random);
        }
        else if (random.Chance(0.5))
        {
            course.CreditsGranted = 0.25m; // partial credit for a short stay
            course.FinalGrade = GradeText(context, random);
        }
        else
        {
            course.ClockHours = Math.Max(5, (end.DayNumber - stay.Start.DayNumber) / 7 * 5);
            course.GradeToDate = GradeText(context, random);
        }
        return course;
    }

    private static Course Summer(RecordContext context, ChildStay stay)
    {
        var course = New(context, stay, context.Random.Pick(CourseCatalog.CreditRecovery), "0833");
        course.EndAcademicYear = stay.Stay.SchoolYear;
        course.CreditsGranted = 0.5m;
        course.FinalGrade = context.Random.Chance(0.3) ? "P" : GradeText(context, context.Random);
        return course;
    }

    private static Course New(RecordContext context, ChildStay stay, CourseOffering offering, string termType) => new()
    {
        SubmittedAt = context.Timestamp((stay.End ?? stay.Start.AddDays(40)).AddDays(context.Random.Between(3, 30))),
        CourseTitle = offering.Title,
        SubjectArea = offering.SubjectArea,
        CourseType = context.Random.Chance(0.05) && offering.CourseType == "01" ? "02" : offering.CourseType,
        BeginAcademicYear = stay.Stay.SchoolYear,
        EndAcademicYear = stay.Stay.SchoolYear + 1,
        CourseSection = context.Random.Chance(0.3) ? "01" : null,
        TermType = termType,
    };

    /// <summary>Texas reports grades as numbers, other States as letters.</summary>
    private static string GradeText(RecordContext context, Random random) => context.State == "TX"
        ? random.Between(62, 99).ToString(CultureInfo.InvariantCulture)
        : random.Pick(Letters);
}
