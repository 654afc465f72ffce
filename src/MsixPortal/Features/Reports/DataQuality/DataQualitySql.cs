namespace MsixPortal.Features.Reports.DataQuality;

/// <summary>
/// Completeness per State and MDE from the summary of the latest month up to @to; the trend per State
/// and month: files applied, records rejected (the submissions' counts) and the average completeness
/// of the elements (summary history); near matches waiting (live, the (state_code, status) index).
/// </summary>
internal static class DataQualitySql
{
    public const string Completeness = """
        SELECT c.state_code, c.element_number, c.rows, c.present, c.outside_code_set
        FROM report_element_completeness c
        WHERE (@state IS NULL OR c.state_code = @state)
          AND c.month = (SELECT max(l.month) FROM report_element_completeness l WHERE l.state_code = c.state_code AND l.month <= @to)
        ORDER BY c.state_code, c.element_number
        """;

    public const string Trend = """
        WITH months AS (
            SELECT s.state_code, date_trunc('month', s.received_at)::date AS month, count(*) AS files, sum(s.rejected) AS rejected
            FROM submissions s
            WHERE (@state IS NULL OR s.state_code = @state) AND s.received_at >= @from AND s.received_at < @to + 1
            GROUP BY 1, 2),
        completeness AS (
            SELECT state_code, month, sum(present)::numeric / NULLIF(sum(rows), 0) AS share, sum(rows) AS rows
            FROM report_element_completeness
            WHERE (@state IS NULL OR state_code = @state) AND month >= date_trunc('month', @from) AND month <= @to
            GROUP BY 1, 2),
        waiting AS (
            SELECT state_code, count(*) AS near_matches FROM near_match_items
            WHERE status = 'Open' AND (@state IS NULL OR state_code = @state) GROUP BY 1)
        SELECT COALESCE(m.state_code, c.state_code), COALESCE(m.month, c.month), COALESCE(m.files, 0), COALESCE(m.rejected, 0)::bigint,
               c.share, COALESCE(c.rows, 0)::bigint,
               CASE WHEN COALESCE(m.month, c.month) = date_trunc('month', @today)::date THEN w.near_matches END
        FROM months m FULL JOIN completeness c ON c.state_code = m.state_code AND c.month = m.month
        LEFT JOIN waiting w ON w.state_code = COALESCE(m.state_code, c.state_code)
        ORDER BY 1, 2
        """;
}
