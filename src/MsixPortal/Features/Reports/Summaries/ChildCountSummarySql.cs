namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// The child count of one State (@state) for the periods @years: distinct consolidated children with
/// an eligibility that overlaps the period (category 1), and those of them enrolled in a
/// summer/intersession project (MDE 28 code 03) during it (category 2), by age/grade band: the grade
/// of the latest enrollment up to the period's end, else the age on 1 September. Set-based (each
/// step materialised once): a correlated subquery per child ran the enrollment lookups several
/// times per child and took minutes for a large State.
/// </summary>
internal static class ChildCountSummarySql
{
    public const string Refresh = $"""
        DELETE FROM report_child_counts WHERE state_code = @state;
        INSERT INTO report_child_counts (state_code, period_year, category, band, children)
        WITH {EligibilitySql.Periods},
        active AS (
            SELECT DISTINCT ON (p.period_year, r.consolidated_student_id)
                   p.period_year, p.starts, p.ends, r.id AS record_id, r.birth_date
            FROM state_student_records r
            JOIN qualifying_moves q ON q.state_student_record_id = r.id
            JOIN periods p ON {EligibilitySql.Overlaps}
            WHERE r.state_code = @state
            ORDER BY p.period_year, r.consolidated_student_id, r.id),
        grades AS MATERIALIZED (
            SELECT DISTINCT ON (a.period_year, a.record_id) a.period_year, a.record_id, e.grade_level
            FROM active a JOIN enrollments e ON e.state_student_record_id = a.record_id AND e.enrollment_date <= a.ends
            ORDER BY a.period_year, a.record_id, e.enrollment_date DESC, e.sequence DESC),
        summer AS MATERIALIZED (
            SELECT DISTINCT a.period_year, a.record_id
            FROM active a JOIN enrollments e ON e.state_student_record_id = a.record_id AND e.enrollment_type = '03'
             AND e.enrollment_date BETWEEN a.starts AND a.ends),
        banded AS MATERIALIZED (
            SELECT a.period_year, s.record_id IS NOT NULL AS summer,
                   CASE WHEN g.grade_level IN ('KG', '01', '02', '03', '04', '05') THEN 'k-5'
                        WHEN g.grade_level IN ('06', '07', '08') THEN '6-8'
                        WHEN g.grade_level IN ('09', '10', '11', '12') THEN '9-12'
                        WHEN extract(year FROM age(a.starts, a.birth_date)) < 3 THEN 'age-0-2'
                        WHEN extract(year FROM age(a.starts, a.birth_date)) < 6 THEN 'age-3-5'
                        ELSE 'out-of-school' END AS band
            FROM active a
            LEFT JOIN grades g ON g.period_year = a.period_year AND g.record_id = a.record_id
            LEFT JOIN summer s ON s.period_year = a.period_year AND s.record_id = a.record_id)
        SELECT @state, b.period_year, c.category, b.band, count(*)
        FROM banded b CROSS JOIN (VALUES (1), (2)) AS c(category)
        WHERE c.category = 1 OR b.summer
        GROUP BY b.period_year, c.category, b.band;
        """;
}
