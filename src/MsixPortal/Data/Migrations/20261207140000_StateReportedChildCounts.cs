using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// A State's own child count per reporting period and category, entered by its data administrator
    /// on the child count reconciliation report (issue 19) and compared there with the exchange's count.
    /// The latest entry wins; who entered it and when are kept (the audit trail has each entry).
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207140000_StateReportedChildCounts")]
    public partial class StateReportedChildCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE state_reported_child_counts (
                    state_code character varying(2) NOT NULL,
                    period_year integer NOT NULL,
                    category smallint NOT NULL,
                    children integer NOT NULL,
                    entered_by_user_id uuid NOT NULL,
                    entered_at timestamp with time zone NOT NULL,
                    PRIMARY KEY (state_code, period_year, category));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE state_reported_child_counts;");
        }
    }
}
