using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Sessions now live in the cookie with a row per session; existing sessions end at deploy.
            migrationBuilder.Sql("DELETE FROM user_sessions;");

            migrationBuilder.DropColumn(
                name: "last_renewed_at",
                table: "user_sessions");

            migrationBuilder.DropColumn(
                name: "protected_ticket",
                table: "user_sessions");

            migrationBuilder.AlterColumn<DateTime>(
                name: "expires_at",
                table: "user_sessions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified),
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateTime>(
                name: "expires_at",
                table: "user_sessions",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTime),
                oldType: "timestamp with time zone");

            migrationBuilder.AddColumn<DateTime>(
                name: "last_renewed_at",
                table: "user_sessions",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<byte[]>(
                name: "protected_ticket",
                table: "user_sessions",
                type: "bytea",
                nullable: false,
                defaultValue: new byte[0]);
        }
    }
}
