using System.Globalization;
using MsixPortal.Data.CodeSets;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.Records.Page;

/// <summary>The historical view: each State record that makes up the consolidated one, side by side.</summary>
internal static class StateRecordsBuilder
{
    public static StateRecordsViewModel Build(ConsolidatedRecord record, RecordValueText text)
    {
        var records = record.StateRecords;
        var rows = StateRecordDemographics.Elements
            .Select(e => new StateRecordsRowViewModel(e.Label, [.. records.Select(r => text.Of(e, r))]))
            .ToList();
        rows.Add(new StateRecordsRowViewModel("Alternate State Student Identifiers",
            [.. records.Select(r => AlternateIds(r, text))]));
        rows.Add(Count("Qualifying moves", records, r => r.QualifyingMoves.Count));
        rows.Add(Count("Enrollments", records, r => r.Enrollments.Count));
        rows.Add(Count("Courses", records, r => r.Courses.Count));
        rows.Add(Count("Assessments", records, r => r.Assessments.Count));
        rows.Add(new StateRecordsRowViewModel("First submitted", [.. records.Select(r => RecordValueText.Date(r.CreatedAt))]));
        return new StateRecordsViewModel(
            [.. records.Select(r => new StateRecordColumnViewModel(r.StateCode, r.StateStudentId, RecordValueText.Date(r.LastSubmittedAt)))],
            rows);
    }

    private static string? AlternateIds(StateStudentRecord record, RecordValueText text) =>
        record.AlternateIds.Count == 0
            ? null
            : string.Join(", ", record.AlternateIds.OrderBy(a => a.Sequence)
                .Select(a => $"{a.Identifier} ({text.CodeText(CodeSetNames.AlternateIdType, a.IdentifierType)})"));

    private static StateRecordsRowViewModel Count(string label, IReadOnlyList<StateStudentRecord> records, Func<StateStudentRecord, int> count) =>
        new(label, [.. records.Select(r => count(r).ToString(CultureInfo.InvariantCulture))]);
}
