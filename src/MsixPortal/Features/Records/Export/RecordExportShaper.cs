using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Records.Export;

/// <summary>
/// Builds the export's tables from a loaded record: columns and their order come from the
/// data-element catalogue (after the submitting State and submission date), cells are typed
/// values with code labels. Knows nothing of PDF, Excel or CSV.
/// </summary>
public sealed class RecordExportShaper(RecordValueText text)
{
    public const string SubmittedHeader = "Submitted";

    private static readonly int[] ParentElementNumbers = [16, 17, 18, 19, 77, 78, 79, 80];
    private static readonly int[] BirthPlaceElementNumbers = [12, 13, 14];

    public ExportDocument Shape(ConsolidatedRecord record, RecordExportChoices choices, DateTime generatedAtUtc) =>
        new(record.MsixId, generatedAtUtc,
            [.. Enum.GetValues<RecordSection>().Where(choices.Sections.Contains).Select(section => Table(record, section, choices))]);

    private ExportTable Table(ConsolidatedRecord record, RecordSection section, RecordExportChoices choices) => section switch
    {
        RecordSection.Demographics => Demographics(record, choices),
        RecordSection.QualifyingMoves => Rows(section, DataSection.QualifyingMove, record.QualifyingMoves),
        RecordSection.Enrollments => Rows(section, DataSection.Enrollment, record.Enrollments),
        RecordSection.Courses => Rows(section, DataSection.Course, record.Courses),
        RecordSection.CreditAccrual => CreditAccrualTable.Build(record),
        RecordSection.Assessments => Rows(section, DataSection.Assessment, record.Assessments),
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    /// <summary>One row per State record; parents and birth place only when chosen.</summary>
    private ExportTable Demographics(ConsolidatedRecord record, RecordExportChoices choices)
    {
        var elements = StateRecordDemographics.Elements
            .Where(e => choices.IncludeParents || !ParentElementNumbers.Contains(e.Number ?? 0))
            .Where(e => choices.IncludeBirthPlace || !BirthPlaceElementNumbers.Contains(e.Number ?? 0))
            .ToList();
        return new ExportTable(RecordSection.Demographics.Title(), RecordSection.Demographics.FileStem(),
            [.. SourceColumns, .. elements.Select(Column)],
            [.. record.StateRecords.Select(r => (object?[])[r.StateCode, DateOnly.FromDateTime(r.LastSubmittedAt), .. elements.Select(e => Cell(e, r))])]);
    }

    private ExportTable Rows<TRow>(RecordSection section, DataSection dataSection, IEnumerable<Sourced<TRow>> rows)
        where TRow : StateRecordRow
    {
        var elements = DataElementCatalogue.BySection(dataSection);
        return new ExportTable(section.Title(), section.FileStem(),
            [.. SourceColumns, .. elements.Select(Column)],
            [.. rows.Select(r => (object?[])[r.StateCode, DateOnly.FromDateTime(r.SubmittedAt), .. elements.Select(e => Cell(e, r.Row))])]);
    }

    /// <summary>The submitting State (its catalogue label) and the submission date lead every table.</summary>
    private static ExportColumn[] SourceColumns { get; } =
        [new(DataElementCatalogue.ByKey(nameof(StateStudentRecord.StateCode)).Label, ExportCellKind.Text),
         new(SubmittedHeader, ExportCellKind.Date)];

    private static ExportColumn Column(DataElement element) => new(element.Label, element.Type switch
    {
        DataType.Date => ExportCellKind.Date,
        DataType.MonthYear => ExportCellKind.MonthYear,
        DataType.Integer or DataType.Year => ExportCellKind.WholeNumber,
        DataType.Decimal => ExportCellKind.Number,
        _ => ExportCellKind.Text,
    });

    private object? Cell(DataElement element, object entity) => RecordElementValues.Get(element, entity) switch
    {
        null => null,
        bool flag => flag ? "Yes" : "No",
        string code when element.CodeSet is { } set => text.CodeText(set, code),
        var value => value,
    };
}
