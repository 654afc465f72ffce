namespace MsixPortal.Features.Reports.Workload;

/// <summary>
/// Open work items (move notices, data requests, near matches, merges and splits) by State, kind and
/// holder, counted into age bands by the date they were opened against cut-off dates the portal's
/// working-day calendar computed (@within4, @within10, @within30: opened on or after them means at
/// most 4, 10 or 30 working days old). Only open items are read, through the (state, status) indexes.
/// </summary>
internal static class WorkloadSql
{
    public const string Query = """
        WITH items AS (
            SELECT state_code, 'move-notice' AS kind, sent_at::date AS opened, due_on AS due, assigned_to_user_id
            FROM move_notices WHERE status IN ('Sent', 'Received') AND (@state IS NULL OR state_code = @state)
            UNION ALL
            SELECT state_code, 'data-request', requested_at::date, needed_by, assigned_to_user_id
            FROM data_requests WHERE status = 'Open' AND (@state IS NULL OR state_code = @state)
            UNION ALL
            SELECT state_code, 'near-match', created_at::date, NULL, assigned_to_user_id
            FROM near_match_items WHERE status = 'Open' AND (@state IS NULL OR state_code = @state)
            UNION ALL
            SELECT COALESCE(flagged_by_state_code, ''), lower(kind), flagged_at::date, NULL, assigned_to_user_id
            FROM merge_split_flags WHERE status = 'Pending' AND (@state IS NULL OR flagged_by_state_code = @state))
        SELECT i.state_code, i.kind, u.full_name,
               count(*) FILTER (WHERE i.opened >= @within4),
               count(*) FILTER (WHERE i.opened < @within4 AND i.opened >= @within10),
               count(*) FILTER (WHERE i.opened < @within10 AND i.opened >= @within30),
               count(*) FILTER (WHERE i.opened < @within30),
               count(*) FILTER (WHERE i.due < @today),
               count(*)
        FROM items i LEFT JOIN users u ON u.id = i.assigned_to_user_id
        GROUP BY i.state_code, i.kind, u.full_name
        ORDER BY count(*) FILTER (WHERE i.due < @today) DESC, count(*) FILTER (WHERE i.opened < @within30) DESC, i.state_code, i.kind, u.full_name
        """;
}
