using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Records.Page;

/// <summary>
/// Every demographic element with each distinct value the States sent. Values that differ only
/// in letter case or surrounding spaces count as the same; any other difference (a birth date,
/// an accent) is a disagreement, shown with each State's value.
/// </summary>
internal static class DemographicsBuilder
{
    private static readonly HashSet<string> PerStateElements =
        [nameof(StateStudentRecord.StateStudentId), nameof(StateStudentRecord.StateStudentIdType)];

    public static IReadOnlyList<DemographicFieldViewModel> Build(ConsolidatedRecord record, RecordValueText text) =>
        [.. StateRecordDemographics.Elements.Select(element =>
        {
            var values = record.StateRecords
                .Select(r => (Text: text.Of(element, r), Source: RecordPageBuilder.Source(r.StateCode, r.LastSubmittedAt)))
                .Where(v => v.Text is not null)
                .GroupBy(v => v.Text!.Trim(), StringComparer.OrdinalIgnoreCase)
                .Select(g => new DemographicValueViewModel(g.First().Text!, [.. g.Select(v => v.Source)]))
                .ToList();
            return new DemographicFieldViewModel(element.Label, values, PerStateElements.Contains(element.Key));
        })];
}
