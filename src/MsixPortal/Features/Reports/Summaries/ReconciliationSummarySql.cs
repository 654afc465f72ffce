namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// Why a State's own child count may differ from the exchange's, per period, for one State (@state,
/// @years): children whose eligibility expired in the year before the period and who are not eligible
/// in it; counted children also eligible in another State in the same period; counted children whose
/// record lacks a required data element (the condition is built from the catalogue). Near matches
/// waiting for a decision are counted live: they change as soon as someone decides.
/// </summary>
internal static class ReconciliationSummarySql
{
    public const string Expired = "expired";
    public const string ClaimedElsewhere = "claimed-elsewhere";
    public const string MissingElements = "missing-elements";

    public static string Refresh(string missingCondition) => $"""
        DELETE FROM report_child_count_gaps WHERE state_code = @state;
        INSERT INTO report_child_count_gaps (state_code, period_year, reason, children)
        WITH {EligibilitySql.Periods},
        moves AS (
            SELECT r.consolidated_student_id, r.id AS record_id, q.qualifying_arrival_date, {EligibilitySql.Expires} AS expires
            FROM state_student_records r JOIN qualifying_moves q ON q.state_student_record_id = r.id
            WHERE r.state_code = @state),
        active AS (
            SELECT DISTINCT p.period_year, p.starts, p.ends, m.consolidated_student_id, m.record_id
            FROM moves m JOIN periods p ON m.qualifying_arrival_date <= p.ends AND m.expires >= p.starts),
        expired AS (
            SELECT p.period_year, m.consolidated_student_id
            FROM moves m JOIN periods p ON m.expires < p.starts AND m.expires >= (p.starts - interval '1 year')::date
            EXCEPT
            SELECT period_year, consolidated_student_id FROM active),
        elsewhere AS (
            SELECT DISTINCT p.period_year, p.consolidated_student_id
            FROM active p
            JOIN state_student_records o ON o.consolidated_student_id = p.consolidated_student_id AND o.state_code <> @state
            JOIN qualifying_moves q ON q.state_student_record_id = o.id
            WHERE {EligibilitySql.Overlaps}),
        missing AS (
            SELECT DISTINCT a.period_year, a.consolidated_student_id
            FROM active a JOIN state_student_records r ON r.id = a.record_id
            WHERE {missingCondition})
        SELECT @state, period_year, '{Expired}', count(*) FROM expired GROUP BY period_year
        UNION ALL SELECT @state, period_year, '{ClaimedElsewhere}', count(*) FROM elsewhere GROUP BY period_year
        UNION ALL SELECT @state, period_year, '{MissingElements}', count(*) FROM missing GROUP BY period_year;
        """;
}
