using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Reports.Charts;

namespace MsixPortal.Features.Reports.ChildCount;

/// <summary>
/// Child count reconciliation: children with an eligibility in the reporting period (category 1) and
/// those also served in a summer/intersession project (category 2), per State and age/grade band, with
/// the counts that explain why a State's own count may differ. Read from the summary tables.
/// </summary>
public sealed class ChildCountReport(ReportSql sql) : IReport
{
    private const string Reconciliation = "Explains a difference";
    private static readonly int[] Categories = [1, 2];

    public string Slug => "child-count";

    public string Title => "Child count reconciliation";

    public string Summary =>
        "Eligible children (category 1) and those served in summer or intersession (category 2) per State and age/grade band, and the records that explain a difference from a State's own count.";

    public ReportFilters Filters => ReportFilters.Period;

    public string? FormPartial => "/Features/Reports/ChildCount/_StateCountForm.cshtml";

    public async Task<ReportResult> RunAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        var rows = await sql.QueryAsync(ChildCountSql.Query, query,
            r => (State: r.GetString(0), Category: r.GetInt32(1), Key: r.GetString(2), Children: r.GetInt64(3)), cancellationToken);
        var asOf = rows.FirstOrDefault(r => r.State == "as-of").Children;
        var counts = WithDifferences(rows.Where(r => r.State != "as-of").ToList());
        var table = new ExportTable($"Children in reporting period {query.PeriodLabel}", "child-count",
            [new("State", ExportCellKind.Text), new("Category", ExportCellKind.Text), new("Age/grade band or reason", ExportCellKind.Text),
             new("Children", ExportCellKind.WholeNumber)],
            [.. counts.OrderBy(r => r.State, StringComparer.Ordinal).ThenBy(r => r.Category == 0 ? 3 : r.Category).ThenBy(r => Order(r.Key))
                .Select(r => new object?[]
                {
                    r.State, r.Category == 0 ? Reconciliation : $"Category {r.Category}", ChildCountBands.Label(r.Key),
                    r.Key == ChildCountBands.Difference ? Difference(r.Children) : SmallCells.Count(r.Children),
                })]);
        return new ReportResult(Chart(query, counts), table,
        [
            "Category 1: children whose eligibility (qualifying arrival date to expiration, or 36 months) overlaps the period; category 2: those of them enrolled in a summer/intersession project (enrollment type 03) during it.",
            "Band: the grade of the child's latest enrollment up to the end of the period, else the age on 1 September.",
            "A child is counted once per State, however many records the State holds; a child eligible in two States counts in both (see 'Also eligible in another State').",
            asOf > 0
                ? $"Figures as of {DateTimeOffset.FromUnixTimeSeconds(asOf).UtcDateTime:yyyy-MM-dd HH:mm} UTC (summaries refresh after each submission); near matches are live."
                : "The summaries have not been computed yet; they are after the next submission or within a minute of start-up.",
            $"Counts of 1 to 4 children show as {SmallCells.Suppressed}.",
        ]);
    }

    private static BarChart Chart(ReportQuery query, List<(string State, int Category, string Key, long Children)> rows)
    {
        var children = rows.Where(r => r.Category > 0 && ChildCountBands.All.Contains(r.Key)).ToList();
        Func<(string State, int Category, string Key, long Children), string> categoryOf = query.StateCode is null
            ? r => r.State
            : r => ChildCountBands.Label(r.Key);
        var categories = query.StateCode is null
            ? children.Select(r => r.State).Distinct().Order(StringComparer.Ordinal).ToList()
            : [.. ChildCountBands.All.Where(b => children.Any(r => r.Key == b)).Select(ChildCountBands.Label)];
        var series = Categories.Select(category => new ChartSeries($"Category {category}",
            [.. categories.Select(c => SmallCells.ChartCount(children.Where(r => r.Category == category && categoryOf(r) == c).Sum(r => r.Children)))]))
            .ToList();
        var by = query.StateCode is null ? "State" : "age/grade band";
        return new BarChart($"Children by {by}, {query.PeriodLabel}",
            $"Two bars for each {by}: category 1 (eligible) and category 2 (summer/intersession) children; no bar for fewer than 5 children.",
            categories, series, ChartScale.Count, Stacked: false);
    }

    /// <summary>Where a State entered its own count, a difference row per category: its count less the exchange's.</summary>
    private static List<(string State, int Category, string Key, long Children)> WithDifferences(
        List<(string State, int Category, string Key, long Children)> rows)
    {
        var differences = rows.Where(r => r.Key == ChildCountBands.StateCount)
            .Select(own => (own.State, own.Category, ChildCountBands.Difference,
                own.Children - rows.Where(r => r.State == own.State && r.Category == own.Category && ChildCountBands.All.Contains(r.Key)).Sum(r => r.Children)))
            .ToList();
        return [.. rows, .. differences];
    }

    /// <summary>A difference of 1 to 4 children either way is a small cell too.</summary>
    private static object Difference(long children) => SmallCells.IsSuppressed(Math.Abs(children)) ? SmallCells.Suppressed : (int)children;

    private static int Order(string key)
    {
        var band = ChildCountBands.All.ToList().IndexOf(key);
        return band >= 0 ? band
            : key == ChildCountBands.StateCount ? 6
            : key == ChildCountBands.Difference ? 7
            : 10 + ChildCountBands.Reasons.ToList().IndexOf(key);
    }
}
