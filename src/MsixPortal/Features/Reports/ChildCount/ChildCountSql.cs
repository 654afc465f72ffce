namespace MsixPortal.Features.Reports.ChildCount;

/// <summary>
/// The child count of a period from the summary tables (category 1 and 2 by band), the reasons a
/// State's own count may differ (summary), and the near matches waiting for a decision (live: the
/// (state_code, status) index), and the State's own count where it entered one. Category 0 marks a reason row.
/// </summary>
internal static class ChildCountSql
{
    public const string Query = """
        SELECT state_code, category::int, band, children::bigint FROM report_child_counts
        WHERE period_year = @period AND (@state IS NULL OR state_code = @state)
        UNION ALL
        SELECT state_code, 0, reason, children::bigint FROM report_child_count_gaps
        WHERE period_year = @period AND (@state IS NULL OR state_code = @state)
        UNION ALL
        SELECT state_code, 0, 'near-matches', count(*) FROM near_match_items
        WHERE status = 'Open' AND (@state IS NULL OR state_code = @state)
        GROUP BY state_code
        UNION ALL
        SELECT state_code, category::int, 'state-count', children::bigint FROM state_reported_child_counts
        WHERE period_year = @period AND (@state IS NULL OR state_code = @state)
        UNION ALL
        SELECT 'as-of', 0, '', COALESCE(extract(epoch FROM min(refreshed_at))::bigint, 0) FROM report_summary_states
        WHERE @state IS NULL OR state_code = @state
        """;
}
