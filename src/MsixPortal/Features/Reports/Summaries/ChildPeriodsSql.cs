namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// The child count and its reconciliation, kept per child: one row of report_child_periods per State
/// (@state), reporting period (@years, the first @first; older rows go) and consolidated child, saying
/// whether the child is counted (an eligibility that overlaps the period), its age/grade band (the
/// grade of the latest enrollment up to the period's end, else the age on 1 September), whether it was
/// enrolled in a summer/intersession project (MDE 28 code 03) during the period (category 2), and the
/// reasons a State's own count may differ: eligibility expired in the year before the period (not
/// counted), also eligible in another State in the period, a record lacking a required data element.
/// Only the children in report_changed_children are recomputed (after a submission: those whose
/// records it sent), then the State's count tables are summed again from the rows. Set-based, each
/// step materialised once: a correlated subquery per child ran the enrollment lookups several times
/// per child and took minutes for a large State.
/// </summary>
internal static class ChildPeriodsSql
{
    /// <summary>The children to recompute: every child of the State, or those with a record sent since @changedSince.</summary>
    public const string Changed = """
        CREATE TEMP TABLE report_changed_children ON COMMIT DROP AS
        SELECT DISTINCT consolidated_student_id AS id FROM state_student_records
        WHERE state_code = @state AND (@changedSince IS NULL OR last_submitted_at >= @changedSince);
        ANALYZE report_changed_children;
        """;

    public static string Refresh(string missingCondition) => $"""
        DELETE FROM report_child_periods c
        WHERE c.state_code = @state AND (c.period_year < @first OR @changedSince IS NULL
          OR c.consolidated_student_id IN (SELECT id FROM report_changed_children));
        INSERT INTO report_child_periods (state_code, period_year, consolidated_student_id, counted, band, summer, expired, elsewhere, missing)
        WITH {EligibilitySql.Periods},
        moves AS MATERIALIZED (
            SELECT r.consolidated_student_id, r.id AS record_id, r.birth_date, q.qualifying_arrival_date AS arrives,
                   {EligibilitySql.Expires} AS expires, ({missingCondition}) AS missing
            FROM report_changed_children x
            JOIN state_student_records r ON r.consolidated_student_id = x.id AND r.state_code = @state
            JOIN qualifying_moves q ON q.state_student_record_id = r.id),
        in_period AS MATERIALIZED (
            SELECT p.period_year, p.starts, p.ends, m.consolidated_student_id, m.record_id, m.birth_date, m.missing
            FROM moves m JOIN periods p ON m.arrives <= p.ends AND m.expires >= p.starts),
        active AS MATERIALIZED (
            SELECT DISTINCT ON (period_year, consolidated_student_id) period_year, starts, ends, consolidated_student_id, record_id, birth_date
            FROM in_period ORDER BY period_year, consolidated_student_id, record_id),
        grades AS MATERIALIZED (
            SELECT DISTINCT ON (a.period_year, a.record_id) a.period_year, a.record_id, e.grade_level
            FROM active a JOIN enrollments e ON e.state_student_record_id = a.record_id AND e.enrollment_date <= a.ends
            ORDER BY a.period_year, a.record_id, e.enrollment_date DESC, e.sequence DESC),
        summer AS MATERIALIZED (
            SELECT DISTINCT a.period_year, a.record_id
            FROM active a JOIN enrollments e ON e.state_student_record_id = a.record_id AND e.enrollment_type = '03'
             AND e.enrollment_date BETWEEN a.starts AND a.ends),
        missing AS (
            SELECT period_year, consolidated_student_id FROM in_period GROUP BY 1, 2 HAVING bool_or(missing)),
        elsewhere AS (
            SELECT DISTINCT a.period_year, a.consolidated_student_id
            FROM active a
            JOIN state_student_records o ON o.consolidated_student_id = a.consolidated_student_id AND o.state_code <> @state
            JOIN qualifying_moves q ON q.state_student_record_id = o.id
            WHERE q.qualifying_arrival_date <= a.ends AND {EligibilitySql.Expires} >= a.starts),
        expired AS (
            SELECT p.period_year, m.consolidated_student_id
            FROM moves m JOIN periods p ON m.expires < p.starts AND m.expires >= (p.starts - interval '1 year')::date
            EXCEPT
            SELECT period_year, consolidated_student_id FROM active)
        SELECT @state, a.period_year, a.consolidated_student_id, true,
               CASE WHEN g.grade_level IN ('KG', '01', '02', '03', '04', '05') THEN 'k-5'
                    WHEN g.grade_level IN ('06', '07', '08') THEN '6-8'
                    WHEN g.grade_level IN ('09', '10', '11', '12') THEN '9-12'
                    WHEN extract(year FROM age(a.starts, a.birth_date)) < 3 THEN 'age-0-2'
                    WHEN extract(year FROM age(a.starts, a.birth_date)) < 6 THEN 'age-3-5'
                    ELSE 'out-of-school' END,
               s.record_id IS NOT NULL, false, e.consolidated_student_id IS NOT NULL, mi.consolidated_student_id IS NOT NULL
        FROM active a
        LEFT JOIN grades g ON g.period_year = a.period_year AND g.record_id = a.record_id
        LEFT JOIN summer s ON s.period_year = a.period_year AND s.record_id = a.record_id
        LEFT JOIN elsewhere e ON e.period_year = a.period_year AND e.consolidated_student_id = a.consolidated_student_id
        LEFT JOIN missing mi ON mi.period_year = a.period_year AND mi.consolidated_student_id = a.consolidated_student_id
        UNION ALL
        SELECT @state, period_year, consolidated_student_id, false, NULL, false, true, false, false FROM expired;
        """;

    /// <summary>The State's count tables, summed again from its children's rows.</summary>
    public const string Sums = $"""
        DELETE FROM report_child_counts WHERE state_code = @state;
        INSERT INTO report_child_counts (state_code, period_year, category, band, children)
        SELECT @state, c.period_year, k.category, c.band, count(*)
        FROM report_child_periods c CROSS JOIN (VALUES (1), (2)) AS k(category)
        WHERE c.state_code = @state AND c.counted AND (k.category = 1 OR c.summer)
        GROUP BY c.period_year, k.category, c.band;
        DELETE FROM report_child_count_gaps WHERE state_code = @state;
        INSERT INTO report_child_count_gaps (state_code, period_year, reason, children)
        SELECT @state, g.period_year, r.reason, r.children
        FROM (SELECT period_year, count(*) FILTER (WHERE expired) AS expired, count(*) FILTER (WHERE elsewhere) AS elsewhere,
                     count(*) FILTER (WHERE missing) AS missing
              FROM report_child_periods WHERE state_code = @state GROUP BY period_year) g
        CROSS JOIN LATERAL (VALUES ('{ReconciliationReasons.Expired}', g.expired), ('{ReconciliationReasons.ClaimedElsewhere}', g.elsewhere),
                                   ('{ReconciliationReasons.MissingElements}', g.missing)) AS r(reason, children)
        WHERE r.children > 0;
        """;
}

/// <summary>The reasons a State's own child count may differ, as stored in report_child_count_gaps.</summary>
internal static class ReconciliationReasons
{
    public const string Expired = "expired";
    public const string ClaimedElsewhere = "claimed-elsewhere";
    public const string MissingElements = "missing-elements";
}
