using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// The reports' summary tables (issue 19), written only by the report summary refresher
    /// (Features/Reports/Summaries) and read by the report pages: child counts and their
    /// reconciliation per State and reporting period, data-element completeness per State and month,
    /// term updates per State and month; which States wait for a refresh and when each was last
    /// refreshed. They hold counts only, no child's data. Not entities: nothing reads them through EF.
    /// Every State that already has records is queued, so the first refresh fills them.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207130000_ReportSummaries")]
    public partial class ReportSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE report_refresh_requests (
                    state_code character varying(2) PRIMARY KEY,
                    requested_at timestamp with time zone NOT NULL);
                CREATE TABLE report_summary_states (
                    state_code character varying(2) PRIMARY KEY,
                    refreshed_at timestamp with time zone NOT NULL);
                CREATE TABLE report_child_counts (
                    state_code character varying(2) NOT NULL,
                    period_year integer NOT NULL,
                    category smallint NOT NULL,
                    band character varying(20) NOT NULL,
                    children integer NOT NULL,
                    PRIMARY KEY (state_code, period_year, category, band));
                CREATE TABLE report_child_count_gaps (
                    state_code character varying(2) NOT NULL,
                    period_year integer NOT NULL,
                    reason character varying(30) NOT NULL,
                    children integer NOT NULL,
                    PRIMARY KEY (state_code, period_year, reason));
                CREATE TABLE report_element_completeness (
                    state_code character varying(2) NOT NULL,
                    month date NOT NULL,
                    element_number integer NOT NULL,
                    rows bigint NOT NULL,
                    present bigint NOT NULL,
                    outside_code_set bigint NOT NULL,
                    PRIMARY KEY (state_code, month, element_number));
                CREATE TABLE report_term_updates (
                    state_code character varying(2) NOT NULL,
                    month date NOT NULL,
                    due integer NOT NULL,
                    on_time integer NOT NULL,
                    PRIMARY KEY (state_code, month));
                INSERT INTO report_refresh_requests (state_code, requested_at)
                SELECT DISTINCT state_code, now() FROM state_student_records;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TABLE report_term_updates;
                DROP TABLE report_element_completeness;
                DROP TABLE report_child_count_gaps;
                DROP TABLE report_child_counts;
                DROP TABLE report_summary_states;
                DROP TABLE report_refresh_requests;
                """);
        }
    }
}
