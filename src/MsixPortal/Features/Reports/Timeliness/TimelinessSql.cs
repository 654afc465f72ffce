namespace MsixPortal.Features.Reports.Timeliness;

/// <summary>
/// One row per State, month and measure (due, on time) in the date range. New children come from the
/// submissions' counts (written when each file was applied), term updates from the summary table,
/// move notices and data requests from their own rows by due date (a State's open and recent items:
/// the (state_code, status, due) indexes).
/// </summary>
internal static class TimelinessSql
{
    public const string Query = """
        SELECT state_code, month, measure, sum(due)::bigint, sum(on_time)::bigint FROM (
            SELECT s.state_code, date_trunc('month', s.received_at)::date AS month, 'new-children' AS measure,
                   s.inserted AS due, s.inserted - s.late_new_children AS on_time
            FROM submissions s
            WHERE s.status = 'Applied' AND (@state IS NULL OR s.state_code = @state)
              AND s.received_at >= @from AND s.received_at < @to + 1
            UNION ALL
            SELECT t.state_code, t.month, 'term-updates', t.due, t.on_time
            FROM report_term_updates t
            WHERE (@state IS NULL OR t.state_code = @state) AND t.month >= date_trunc('month', @from) AND t.month <= @to
            UNION ALL
            SELECT n.state_code, date_trunc('month', n.due_on)::date, 'move-notices', 1,
                   CASE WHEN COALESCE(n.outcome_at, n.closed_at)::date <= n.due_on THEN 1 ELSE 0 END
            FROM move_notices n
            WHERE (@state IS NULL OR n.state_code = @state) AND n.due_on BETWEEN @from AND @to
              AND (n.outcome_at IS NOT NULL OR n.closed_at IS NOT NULL OR n.due_on < @today)
            UNION ALL
            SELECT d.state_code, date_trunc('month', d.needed_by)::date, 'data-requests', 1,
                   CASE WHEN d.answered_at::date <= d.needed_by THEN 1 ELSE 0 END
            FROM data_requests d
            WHERE (@state IS NULL OR d.state_code = @state) AND d.needed_by BETWEEN @from AND @to
              AND (d.answered_at IS NOT NULL OR d.needed_by < @today)
        ) AS measured
        WHERE due > 0
        GROUP BY state_code, month, measure
        ORDER BY state_code, month, measure
        """;
}
