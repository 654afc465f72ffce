using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// Issue 18 points 13 and 14: a move notice keeps the receiving State's optional comment on its
    /// outcome, and the sending State's staff list the notices their State sent (an index for it);
    /// a notification records when the item it announces was handled, so it leaves the list (found by
    /// its link). The new "Updated" status needs no change: statuses are stored as text.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207220000_MoveNoticeOutcomesAndHandledNotifications")]
    public partial class MoveNoticeOutcomesAndHandledNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "outcome_comment",
                table: "move_notices",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_move_notices_sender_state_code_sent_at",
                table: "move_notices",
                columns: new[] { "sender_state_code", "sent_at" });

            migrationBuilder.AddColumn<DateTime>(
                name: "handled_at",
                table: "notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_notifications_link",
                table: "notifications",
                column: "link");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "ix_notifications_link", table: "notifications");
            migrationBuilder.DropColumn(name: "handled_at", table: "notifications");
            migrationBuilder.DropIndex(name: "ix_move_notices_sender_state_code_sent_at", table: "move_notices");
            migrationBuilder.DropColumn(name: "outcome_comment", table: "move_notices");
        }
    }
}
