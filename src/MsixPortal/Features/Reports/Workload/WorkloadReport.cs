using MsixPortal.Features.Deadlines;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Reports.Charts;
using Npgsql;

namespace MsixPortal.Features.Reports.Workload;

/// <summary>
/// Workload and aging: open worklist items by kind and age band in working days (0–4, 5–10, 11–30,
/// over 30), who holds them, overdue first. The age bands count with the portal's one calendar.
/// </summary>
public sealed class WorkloadReport(ReportSql sql) : IReport
{
    private static readonly string[] Bands = ["0–4 working days", "5–10 working days", "11–30 working days", "Over 30 working days"];

    public string Slug => "workload";

    public string Title => "Workload and aging";

    public string Summary => "Open worklist items by kind and age in working days, who holds them, overdue first.";

    public ReportFilters Filters => ReportFilters.None;

    public async Task<ReportResult> RunAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        var rows = await sql.QueryAsync(WorkloadSql.Query, query, r => new WorkloadRow(
                r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                [r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6)], r.GetInt64(7), r.GetInt64(8)),
            cancellationToken,
            new NpgsqlParameter("within4", WorkingDays.Subtract(query.Today, 4)),
            new NpgsqlParameter("within10", WorkingDays.Subtract(query.Today, 10)),
            new NpgsqlParameter("within30", WorkingDays.Subtract(query.Today, 30)));
        ExportColumn[] columns =
        [
            new("State", ExportCellKind.Text), new("Kind", ExportCellKind.Text), new("Held by", ExportCellKind.Text),
            .. Bands.Select(b => new ExportColumn(b, ExportCellKind.WholeNumber)),
            new("Overdue", ExportCellKind.WholeNumber), new("Open", ExportCellKind.WholeNumber),
        ];
        var table = new ExportTable("Open items by State, kind and holder, overdue first", "workload", columns,
            [.. rows.Select(r => new object?[]
            {
                r.StateCode, WorkloadKinds.Label(r.Kind), r.Holder ?? "Unassigned",
                (int)r.Bands[0], (int)r.Bands[1], (int)r.Bands[2], (int)r.Bands[3], (int)r.Overdue, (int)r.Open,
            })]);
        return new ReportResult(Chart(rows), table,
        [
            "Age: working days since the item was opened (weekends and federal holidays skipped, as for due dates).",
            "Overdue: move notices and data requests past their due date; near matches, merges and splits have no regulatory deadline.",
            "These are counts of work items for the staff who hold them, not counts of children in a population, so they are shown in full.",
        ]);
    }

    private static BarChart Chart(List<WorkloadRow> rows)
    {
        var kinds = WorkloadKinds.All.Where(k => rows.Any(r => r.Kind == k)).ToList();
        var series = Bands.Select((band, b) => new ChartSeries(band,
            [.. kinds.Select(k => (double?)rows.Where(r => r.Kind == k).Sum(r => r.Bands[b]))])).ToList();
        return new BarChart("Open items by kind and age",
            "One bar per kind of work item, split into age bands in working days; the bar's length is the number of open items.",
            [.. kinds.Select(WorkloadKinds.Label)], series, ChartScale.Count, Stacked: true);
    }
}

internal sealed record WorkloadRow(string StateCode, string Kind, string? Holder, long[] Bands, long Overdue, long Open);

/// <summary>The kinds of work item, as the SQL names them.</summary>
internal static class WorkloadKinds
{
    public static IReadOnlyList<string> All { get; } = ["move-notice", "data-request", "near-match", "merge", "split"];

    public static string Label(string kind) => kind switch
    {
        "move-notice" => "Move notices",
        "data-request" => "Data requests",
        "near-match" => "Near matches",
        "merge" => "Merges to validate",
        "split" => "Splits to validate",
        _ => kind,
    };
}
