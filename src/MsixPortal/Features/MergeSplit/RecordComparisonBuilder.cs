using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.DataElements;

namespace MsixPortal.Features.MergeSplit;

/// <summary>
/// Puts State records side by side, one column each, one row per identity MDE (labels from the
/// data-element catalogue), and marks each row as agreeing or differing.
/// </summary>
public sealed class RecordComparisonBuilder(PortalDbContext db)
{
    private static readonly IReadOnlyList<DataElement> Elements = DataElementCatalogue.ForEntity(typeof(StateStudentRecord));

    /// <param name="studentIds">The consolidated students whose records to show, in column order.</param>
    /// <param name="highlighted">Records to mark (a split's records that leave; a merge's master's records).</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<RecordComparison> BuildAsync(IReadOnlyList<long> studentIds, IReadOnlySet<long> highlighted, CancellationToken cancellationToken)
    {
        var records = await db.StateStudentRecords.AsNoTracking()
            .Where(r => studentIds.Contains(r.ConsolidatedStudentId))
            .Join(db.ConsolidatedStudents, r => r.ConsolidatedStudentId, s => s.Id, (r, s) => new { Record = r, s.MsixId })
            .ToListAsync(cancellationToken);
        var ordered = records
            .OrderBy(r => IndexOf(studentIds, r.Record.ConsolidatedStudentId))
            .ThenBy(r => r.Record.StateCode, StringComparer.Ordinal)
            .ThenBy(r => r.Record.Id)
            .ToList();
        var columns = ordered.Select(r => new ComparisonColumn(r.Record.Id, r.Record.ConsolidatedStudentId, r.MsixId,
            r.Record.StateCode, highlighted.Contains(r.Record.Id))).ToList();
        var rows = Elements.Select(element =>
        {
            var property = typeof(StateStudentRecord).GetProperty(element.Property)!;
            var values = ordered.Select(r => Format(property.GetValue(r.Record))).ToList();
            return new ComparisonRow(element.Label, values, values.Distinct(StringComparer.OrdinalIgnoreCase).Count() <= 1);
        }).ToList();
        return new RecordComparison(columns, rows);
    }

    private static int IndexOf(IReadOnlyList<long> ids, long id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }
        return ids.Count;
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "Yes" : "No",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
