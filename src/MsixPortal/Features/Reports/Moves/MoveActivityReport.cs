using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Reports.Charts;

namespace MsixPortal.Features.Reports.Moves;

/// <summary>
/// Move activity: children named in move notices between States in the date range, as flows from the
/// sending State to the receiving State. A State sees the flows it sends or receives.
/// </summary>
public sealed class MoveActivityReport(ReportSql sql) : IReport
{
    private const int ChartedFlows = 15;

    private const string Query = """
        SELECT COALESCE(n.sender_state_code, '—'), n.state_code, count(DISTINCT n.consolidated_student_id), count(*)
        FROM move_notices n
        WHERE n.sent_at >= @from AND n.sent_at < @to + 1
          AND (@state IS NULL OR n.state_code = @state OR n.sender_state_code = @state)
        GROUP BY 1, 2
        ORDER BY 3 DESC, 1, 2
        """;

    public string Slug => "moves";

    public string Title => "Move activity";

    public string Summary => "Move notices between States as flows from the sending State to the receiving State, for a date range.";

    public ReportFilters Filters => ReportFilters.DateRange;

    public async Task<ReportResult> RunAsync(ReportQuery query, CancellationToken cancellationToken)
    {
        var flows = await sql.QueryAsync(Query, query,
            r => (From: r.GetString(0), To: r.GetString(1), Children: r.GetInt64(2), Notices: r.GetInt64(3)), cancellationToken);
        var table = new ExportTable("Move notices by sending and receiving State", "moves",
            [new("From State", ExportCellKind.Text), new("To State", ExportCellKind.Text), new("Children", ExportCellKind.WholeNumber),
             new("Move notices", ExportCellKind.WholeNumber)],
            [.. flows.Select(f => new object?[] { f.From, f.To, SmallCells.Count(f.Children), SmallCells.Count(f.Notices) })]);
        var charted = flows.Where(f => !SmallCells.IsSuppressed(f.Children)).Take(ChartedFlows).ToList();
        var chart = new BarChart("Children moving between States",
            $"One bar per flow from the sending to the receiving State (the {ChartedFlows} largest with at least 5 children); its length is the number of children named in move notices.",
            [.. charted.Select(f => $"{f.From} → {f.To}")],
            [new ChartSeries("Children", [.. charted.Select(f => (double?)f.Children)])], ChartScale.Count, Stacked: false);
        return new ReportResult(chart, table,
        [
            "Children: distinct children named in the move notices sent in the date range; a child who moved twice on the same route counts once.",
            "—: notices sent by a national administrator, who has no State.",
            $"Flows of 1 to 4 children show as {SmallCells.Suppressed} and are left out of the chart.",
        ]);
    }
}
