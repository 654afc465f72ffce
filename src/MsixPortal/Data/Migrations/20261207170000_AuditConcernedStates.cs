using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// Audit rows name every State an event concerns (issue 17 point 11: a record held by TX and CA,
    /// viewed by a TX user, belongs in CA's audit trail too). Existing rows keep their one State.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207170000_AuditConcernedStates")]
    public partial class AuditConcernedStates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "concerned_state_codes",
                table: "audit_events",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_concerned_state_codes",
                table: "audit_events",
                column: "concerned_state_codes")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_audit_events_concerned_state_codes", table: "audit_events");
            migrationBuilder.DropColumn(name: "concerned_state_codes", table: "audit_events");
        }
    }
}
