using MsixPortal.Data.CodeSets;
using C = MsixPortal.Data.Entities.StateRecords.Course;

namespace MsixPortal.DataElements;

/// <summary>Section C: secondary course history, one row per course (MDEs 59–69).</summary>
internal static class CourseElements
{
    public static IEnumerable<DataElement> All()
    {
        var e = new SectionElements(DataSection.Course, typeof(C));
        return
        [
            e.Text(59, "Course Title", "The course's title, e.g. Algebra II.", nameof(C.CourseTitle), 50, required: true),
            e.Text(60, "Subject Area Name", "The course's subject, e.g. Mathematics.", nameof(C.SubjectArea), 50),
            e.Code(61, "Course Type", "The nature or difficulty of the course.", nameof(C.CourseType), 2, CodeSetNames.CourseType),
            e.Value(62, "Begin Academic Year", "The year the course began.", DataType.Year, nameof(C.BeginAcademicYear), required: true),
            e.Value(63, "End Academic Year", "The year the course ended.", DataType.Year, nameof(C.EndAcademicYear)),
            e.Text(64, "Course Section", "The section or part of the course (full year, part A, part B …).", nameof(C.CourseSection), 2),
            e.Code(65, "Term Type", "The length of the term.", nameof(C.TermType), 4, CodeSetNames.TermType),
            e.Value(66, "Clock Hours", "Hours completed so far in an unfinished course.", DataType.Integer, nameof(C.ClockHours)),
            e.Text(67, "Grade-to-Date", "The grade at withdrawal from an unfinished course (percent or letter).", nameof(C.GradeToDate), 3),
            // (4,2), not the listed (3,2): States such as California grant 5 or 10 credits per course.
            e.Decimal(68, "Credits Granted", "The credit earned for the course.", nameof(C.CreditsGranted), precision: 4, scale: 2),
            e.Text(69, "Final Grade", "The final course grade.", nameof(C.FinalGrade), 10),
        ];
    }
}
