using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Reports.Charts;

namespace MsixPortal.Features.Reports.Timeliness;

/// <summary>
/// ESSA §1308(b) and 34 CFR 200.85: per State and month, the share of new children sent within 10
/// working days, of updates within 30 days of the end of a term, of move notices handled by their due
/// date (4 working days) and of data requests answered by theirs. Working days come from the portal's
/// one calendar (Features/Deadlines/WorkingDays), applied when the due dates were set.
/// </summary>
public sealed class TimelinessReport(ReportSql sql) : IReport
{
    public string Slug => "timeliness";

    public string Title => "Timeliness";

    public string Summary =>
        "Share of new children sent within 10 working days, term updates within 30 days, move notices handled within 4 working days and data requests answered by their due date, per State and month.";

    public ReportFilters Filters => ReportFilters.DateRange;

    public async Task<ReportResult> RunAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        var rows = await sql.QueryAsync(TimelinessSql.Query, query,
            r => new TimelinessRow(r.GetString(0), DateOnly.FromDateTime(r.GetDateTime(1)), r.GetString(2), r.GetInt64(3), r.GetInt64(4)),
            cancellationToken);
        var table = new ExportTable("Timeliness by State, month and measure", "timeliness",
        [
            new("State", ExportCellKind.Text), new("Month", ExportCellKind.MonthYear), new("Measure", ExportCellKind.Text),
            new("Due", ExportCellKind.WholeNumber), new("On time", ExportCellKind.WholeNumber), new("On time (%)", ExportCellKind.Number),
        ],
        [.. rows.Select(r => new object?[]
        {
            r.StateCode, r.Month, TimelinessMeasures.Label(r.Measure), SmallCells.Count(r.Due), SmallCells.Count(r.OnTime),
            SmallCells.ShareCell(r.OnTime, r.Due),
        })]);
        return new ReportResult(Chart(query, rows), table,
        [
            "Due: items whose deadline fell in the month and that were either handled or overdue; items still within their deadline are not counted yet.",
            "New children: the latest qualifying arrival date stands in for the Certificate of Eligibility date, which files do not carry.",
            "Term updates: an enrollment's withdrawal date stands for the end of the child's term; a row sent again later carries its later time.",
            $"Counts of 1 to 4 children show as {SmallCells.Suppressed}, and no share is shown for fewer than {SmallCells.Minimum}.",
        ]);
    }

    /// <summary>One bar per measure: the share on time over the whole range, per State (all States) or per month (one State).</summary>
    private static BarChart Chart(ReportQuery query, List<TimelinessRow> rows)
    {
        Func<TimelinessRow, string> categoryOf = query.StateCode is null
            ? r => r.StateCode
            : r => r.Month.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var categories = rows.OrderBy(r => query.StateCode is null ? r.StateCode : "").ThenBy(r => r.Month)
            .Select(categoryOf).Distinct().ToList();
        var series = TimelinessMeasures.All.Select(measure => new ChartSeries(TimelinessMeasures.Label(measure),
            [.. categories.Select(category =>
            {
                var cell = rows.Where(r => r.Measure == measure && categoryOf(r) == category).ToList();
                return (double?)SmallCells.Share(cell.Sum(r => r.OnTime), cell.Sum(r => r.Due));
            })])).ToList();
        var by = query.StateCode is null ? "State" : "month";
        return new BarChart($"Share on time by {by}",
            $"Bars show, for each {by}, the percentage of items handled on time for each of the four deadlines; no bar where fewer than 5 children were due.",
            categories, series, ChartScale.Percent, Stacked: false);
    }
}

internal sealed record TimelinessRow(string StateCode, DateOnly Month, string Measure, long Due, long OnTime);
