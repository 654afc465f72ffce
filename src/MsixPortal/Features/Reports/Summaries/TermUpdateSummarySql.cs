namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// Updates after the end of a term (34 CFR 200.85: within 30 days), for one State (@state) since
/// @since: an enrollment's withdrawal date (MDE 48) stands for the end of the child's term there, and
/// the row was on time when the State sent it within 30 days of that date. Rows whose 30 days have not
/// run out and that were not sent yet are not due. A row sent again later carries the later time
/// (rows keep the time of their last submission), which can only make a State look later, never earlier.
/// </summary>
internal static class TermUpdateSummarySql
{
    public const string Refresh = """
        DELETE FROM report_term_updates WHERE state_code = @state;
        INSERT INTO report_term_updates (state_code, month, due, on_time)
        SELECT @state, date_trunc('month', e.withdrawal_date)::date,
               count(*), count(*) FILTER (WHERE e.submitted_at::date <= e.withdrawal_date + 30)
        FROM enrollments e JOIN state_student_records r ON r.id = e.state_student_record_id
        WHERE r.state_code = @state AND e.withdrawal_date >= @since AND e.withdrawal_date <= @today
          AND (e.withdrawal_date + 30 < @today OR e.submitted_at::date <= e.withdrawal_date + 30)
        GROUP BY 2;
        """;
}
