using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Records.Page;

/// <summary>Builds the record page's view model from a loaded record; sections read the catalogue.</summary>
public sealed class RecordPageBuilder(RecordValueText text, DateOnly today)
{
    public RecordPageViewModel Build(ConsolidatedRecord record) => new(
        record.MsixId,
        new RecordHeaderBuilder(text, today).Build(record),
        DemographicsBuilder.Build(record, text),
        Table("Qualifying moves, newest first", DataSection.QualifyingMove, record.QualifyingMoves),
        EnrollmentTimelineBuilder.Build(record, text),
        CourseHistoryBuilder.Build(record, text),
        Table("Assessments, newest first", DataSection.Assessment, record.Assessments),
        StateRecordsBuilder.Build(record, text));

    public static SourceViewModel Source(string stateCode, DateTime submittedAt) =>
        new(stateCode, RecordValueText.Date(submittedAt));

    public static SourceViewModel Source<TRow>(Sourced<TRow> row)
        where TRow : StateRecordRow => Source(row.StateCode, row.SubmittedAt);

    private SectionTableViewModel Table<TRow>(string caption, DataSection section, IEnumerable<Sourced<TRow>> rows)
        where TRow : StateRecordRow
    {
        var elements = DataElementCatalogue.BySection(section);
        return new SectionTableViewModel(
            caption,
            [.. elements.Select(e => e.Label)],
            [.. rows.Select(r => new SectionRowViewModel([.. elements.Select(e => text.Of(e, r.Row))], Source(r)))]);
    }
}
