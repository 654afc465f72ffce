using MsixPortal.DataElements;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Reports.Charts;

namespace MsixPortal.Features.Reports.DataQuality;

/// <summary>
/// Data quality: the share of records (or rows) holding each MDE per State, values outside their code
/// set, records rejected per submission, near matches waiting, and the trend over the date range
/// (12 months by default).
/// </summary>
public sealed class DataQualityReport(ReportSql sql) : IReport
{
    public string Slug => "data-quality";

    public string Title => "Data quality";

    public string Summary =>
        "Completeness of each data element per State, values outside their code set, records rejected per submission, near matches waiting, and the trend over the last 12 months.";

    public ReportFilters Filters => ReportFilters.DateRange;

    public async Task<ReportResult> RunAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        var elements = await sql.QueryAsync(DataQualitySql.Completeness, query,
            r => new ElementRow(r.GetString(0), r.GetInt32(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)), cancellationToken);
        var trend = await sql.QueryAsync(DataQualitySql.Trend, query,
            r => new TrendRow(r.GetString(0), DateOnly.FromDateTime(r.GetDateTime(1)), r.GetInt64(2), r.GetInt64(3),
                r.IsDBNull(4) ? null : r.GetDecimal(4), r.GetInt64(5), r.IsDBNull(6) ? null : r.GetInt64(6)), cancellationToken);
        var completeness = new ExportTable("Completeness by State and data element", "completeness",
        [
            new("State", ExportCellKind.Text), new("Data element", ExportCellKind.Text), new("Records or rows", ExportCellKind.WholeNumber),
            new("Holding the element (%)", ExportCellKind.Number), new("Outside the code set", ExportCellKind.WholeNumber),
        ],
        [.. elements.Select(e => new object?[]
        {
            e.StateCode, DataElementCatalogue.ByNumber(e.Element).DisplayName, SmallCells.Count(e.Rows),
            SmallCells.ShareCell(e.Present, e.Rows), SmallCells.Count(e.Outside),
        })]);
        var history = new ExportTable("Trend by State and month", "trend",
        [
            new("State", ExportCellKind.Text), new("Month", ExportCellKind.MonthYear), new("Files applied", ExportCellKind.WholeNumber),
            new("Records rejected", ExportCellKind.WholeNumber), new("Rejected per file", ExportCellKind.Number),
            new("Average completeness (%)", ExportCellKind.Number), new("Near matches waiting", ExportCellKind.WholeNumber),
        ],
        [.. trend.Select(t => new object?[]
        {
            t.StateCode, t.Month, (int)t.Files, SmallCells.Count(t.Rejected),
            t.Files == 0 || SmallCells.IsSuppressed(t.Rejected) ? null : Math.Round((decimal)t.Rejected / t.Files, 1),
            t.Share is { } share && t.Rows >= SmallCells.Minimum ? Math.Round(share * 100, 1) : null,
            t.NearMatches is { } waiting ? SmallCells.Count(waiting) : null,
        })]);
        return new ReportResult(Chart(query, elements), completeness,
        [
            "Holding the element: records (demographic elements) or rows (moves, enrollments, courses, assessments) where the State sent a value, from the latest monthly summary.",
            "Outside the code set: a coded element whose value is not in the portal's code set (code sets are data and can be corrected without a release).",
            "Near matches waiting are counted now, on the current month's row; the other figures come from the summaries refreshed after each submission.",
            $"Counts of 1 to 4 children's records show as {SmallCells.Suppressed}, and no share is shown for fewer than {SmallCells.Minimum}.",
        ]) { MoreTables = [history] };
    }

    /// <summary>One State: a bar per element; all States: a bar per State, the average over its elements.</summary>
    private static BarChart Chart(ReportQuery query, List<ElementRow> rows)
    {
        if (query.StateCode is not null)
        {
            return new BarChart("Share of records holding each data element",
                "One bar per data element: the percentage of the State's records or rows that hold it; no bar where fewer than 5 records stand behind it.",
                [.. rows.Select(r => DataElementCatalogue.ByNumber(r.Element).DisplayName)],
                [new ChartSeries("Holding the element", [.. rows.Select(r => (double?)SmallCells.Share(r.Present, r.Rows))])],
                ChartScale.Percent, Stacked: false);
        }
        var states = rows.GroupBy(r => r.StateCode).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return new BarChart("Average completeness by State",
            "One bar per State: the share of values present over all data elements and records; no bar where fewer than 5 records stand behind it.",
            [.. states.Select(g => g.Key)],
            [new ChartSeries("Average completeness", [.. states.Select(g => (double?)SmallCells.Share(g.Sum(r => r.Present), g.Sum(r => r.Rows)))])],
            ChartScale.Percent, Stacked: false);
    }

    private sealed record ElementRow(string StateCode, int Element, long Rows, long Present, long Outside);

    private sealed record TrendRow(string StateCode, DateOnly Month, long Files, long Rejected, decimal? Share, long Rows, long? NearMatches);
}
