using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// Report summaries kept current per child (issue 19): report_child_periods holds, per State,
    /// reporting period and consolidated child, whether the child is counted, its band, and the
    /// reasons a State's count may differ; the count tables are sums of it. After a submission only
    /// the children whose records it sent are recomputed (report_refresh_requests.changed_since, the
    /// earliest submission not yet summarised; version tells a refresh whether a newer request came
    /// meanwhile); the daily round recomputes every child (fully_refreshed_at). Existing States are
    /// due for that full refresh at once. Internal ids and flags only, no child's data. Not entities.
    /// Move notices get indexes for reading all States at once (national scope), which the
    /// (state_code, status, due_on) index cannot serve: by sending time (move activity), by due date
    /// (timeliness) and the open ones (workload, the navigation's counts); raw SQL, not in the EF model.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207190000_ReportChildPeriods")]
    public partial class ReportChildPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE report_child_periods (
                    state_code character varying(2) NOT NULL,
                    period_year integer NOT NULL,
                    consolidated_student_id bigint NOT NULL,
                    counted boolean NOT NULL,
                    band character varying(20),
                    summer boolean NOT NULL,
                    expired boolean NOT NULL,
                    elsewhere boolean NOT NULL,
                    missing boolean NOT NULL,
                    PRIMARY KEY (state_code, period_year, consolidated_student_id));
                CREATE SEQUENCE report_refresh_version;
                ALTER TABLE report_refresh_requests
                    ADD COLUMN changed_since timestamp with time zone,
                    ADD COLUMN version bigint NOT NULL DEFAULT nextval('report_refresh_version');
                ALTER TABLE report_summary_states ADD COLUMN fully_refreshed_at timestamp with time zone NOT NULL DEFAULT '-infinity';
                CREATE INDEX ix_move_notices_report_sent ON move_notices (sent_at) INCLUDE (sender_state_code, state_code, consolidated_student_id);
                CREATE INDEX ix_move_notices_report_due ON move_notices (due_on) INCLUDE (state_code, outcome_at, closed_at);
                CREATE INDEX ix_move_notices_open ON move_notices (due_on) WHERE status IN ('Sent', 'Received');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_move_notices_open;
                DROP INDEX ix_move_notices_report_due;
                DROP INDEX ix_move_notices_report_sent;
                ALTER TABLE report_summary_states DROP COLUMN fully_refreshed_at;
                ALTER TABLE report_refresh_requests DROP COLUMN version, DROP COLUMN changed_since;
                DROP SEQUENCE report_refresh_version;
                DROP TABLE report_child_periods;
                """);
        }
    }
}
