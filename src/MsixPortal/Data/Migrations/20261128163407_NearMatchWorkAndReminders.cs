using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class NearMatchWorkAndReminders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "assigned_to_user_id",
                table: "near_match_items",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "overdue_reminder_sent_at",
                table: "move_notices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "overdue_reminder_sent_at",
                table: "data_requests",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "assigned_to_user_id",
                table: "near_match_items");

            migrationBuilder.DropColumn(
                name: "overdue_reminder_sent_at",
                table: "move_notices");

            migrationBuilder.DropColumn(
                name: "overdue_reminder_sent_at",
                table: "data_requests");
        }
    }
}
