using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Records.Page;

/// <summary>Every State's enrollments on one timeline, newest first, each with all the elements it holds.</summary>
internal static class EnrollmentTimelineBuilder
{
    private static readonly IReadOnlyList<DataElement> Elements = DataElementCatalogue.BySection(DataSection.Enrollment);

    public static IReadOnlyList<EnrollmentViewModel> Build(ConsolidatedRecord record, RecordValueText text) =>
        [.. record.Enrollments.Select(e => new EnrollmentViewModel(
            Dates(e.Row),
            e.Row.SchoolOrProjectName,
            e.Row.SchoolDistrict,
            e.Row.GradeLevel is { } grade ? text.CodeText(CodeSetNames.GradeLevel, grade) : null,
            Flags(e.Row, text),
            RecordPageBuilder.Source(e),
            [.. Elements
                .Select(element => (element.Label, Value: text.Of(element, e.Row)))
                .Where(pair => pair.Value is not null)
                .Select(pair => new LabeledValueViewModel(pair.Label, pair.Value!))]))];

    /// <summary>"08/15/2024 – 12/20/2024", or "since 08/15/2024" while still enrolled.</summary>
    public static string Dates(Enrollment enrollment) =>
        enrollment.WithdrawalDate is { } withdrawn
            ? $"{RecordValueText.Date(enrollment.EnrollmentDate)} – {RecordValueText.Date(withdrawn)}"
            : "since " + RecordValueText.Date(enrollment.EnrollmentDate);

    private static List<string> Flags(Enrollment e, RecordValueText text)
    {
        var flags = new List<string>();
        if (e.EnglishLearner == true)
        {
            flags.Add("English learner");
        }
        if (e.Idea == true)
        {
            flags.Add("IDEA (IEP)");
        }
        if (e.PriorityForServices == true)
        {
            flags.Add("Priority for Services");
        }
        if (e.MedicalAlert is { } alert && alert != "None")
        {
            flags.Add("Medical alert: " + text.CodeText(CodeSetNames.MedicalAlert, alert));
        }
        if (e.ImmunizationRecord == true)
        {
            flags.Add("Immunization record");
        }
        return flags;
    }
}
