using System.Globalization;
using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Records.Page;

/// <summary>Courses grouped by school year and term, credit accrual, Algebra 1 and graduation status.</summary>
internal static class CourseHistoryBuilder
{
    private static readonly IReadOnlyList<DataElement> Elements = DataElementCatalogue.BySection(DataSection.Course);

    public static CourseHistoryViewModel Build(ConsolidatedRecord record, RecordValueText text)
    {
        var courses = record.Courses.ToList();
        var groups = courses
            .GroupBy(c => (c.Row.BeginAcademicYear, c.Row.EndAcademicYear, c.Row.TermType))
            .Select(g => new CourseGroupViewModel(
                Heading(g.Key.BeginAcademicYear, g.Key.EndAcademicYear, g.Key.TermType, text),
                [.. g.Select(c => new CourseRowViewModel(
                    [.. Elements.Select(e => text.Of(e, c.Row))], CreditAccrual.StatusOf(c.Row), RecordPageBuilder.Source(c)))]))
            .ToList();
        var enrollments = record.Enrollments.ToList();
        return new CourseHistoryViewModel(
            [.. Elements.Select(e => e.Label)],
            groups,
            CreditAccrual.Summarise(courses.Select(c => c.Row)),
            Algebra1(enrollments),
            Graduation(enrollments, text));
    }

    private static string Heading(int begin, int? end, string? term, RecordValueText text)
    {
        var years = end is { } last && last != begin
            ? string.Create(CultureInfo.InvariantCulture, $"{begin}–{last}")
            : begin.ToString(CultureInfo.InvariantCulture);
        var termText = term is null ? "term not reported" : text.CodeText(CodeSetNames.TermType, term);
        return $"School year {years} · {termText}";
    }

    /// <summary>Yes once any State reports the credit earned; otherwise the newest "No".</summary>
    private static SourcedTextViewModel? Algebra1(List<Sourced<Enrollment>> enrollments)
    {
        var reported = enrollments.Where(e => e.Row.Algebra1 is not null).ToList();
        var yes = reported.FirstOrDefault(e => e.Row.Algebra1 == true);
        var pick = yes.Row is not null ? yes : reported.FirstOrDefault();
        return pick.Row is null ? null : new SourcedTextViewModel(pick.Row.Algebra1 == true ? "Yes" : "No", RecordPageBuilder.Source(pick));
    }

    private static SourcedTextViewModel? Graduation(List<Sourced<Enrollment>> enrollments, RecordValueText text)
    {
        var newest = enrollments.FirstOrDefault(e => !string.IsNullOrWhiteSpace(e.Row.GraduationHseIndicator));
        if (newest.Row is null)
        {
            return null;
        }
        var status = text.CodeText(CodeSetNames.GraduationHse, newest.Row.GraduationHseIndicator!);
        var date = newest.Row.GraduationHseDate is { } on ? " on " + RecordValueText.Date(on) : "";
        return new SourcedTextViewModel(status + date, RecordPageBuilder.Source(newest));
    }
}
