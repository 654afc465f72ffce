using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace MsixPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Accounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "activated_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "authenticator_enrolled_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "disabled_reason",
                table: "users",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "job_title",
                table: "users",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "last_sign_in_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "last_totp_step",
                table: "users",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "organization",
                table: "users",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "pending_authenticator_key",
                table: "users",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "protected_authenticator_key",
                table: "users",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "rules_of_behavior_accepted_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "rules_of_behavior_version_id",
                table: "users",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "users",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "status_changed_at",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supervisor_email",
                table: "users",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "supervisor_name",
                table: "users",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "total_failed_sign_ins",
                table: "users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "training_completed_on",
                table: "users",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "training_reminder_sent_for",
                table: "users",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "account_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_account_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recovery_codes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recovery_codes", x => x.id);
                    table.ForeignKey(
                        name: "fk_recovery_codes_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rules_of_behavior_versions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rules_of_behavior_versions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "user_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    protected_ticket = table.Column<byte[]>(type: "bytea", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_renewed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_sessions_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "account_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    job_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    organization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    supervisor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    supervisor_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    training_completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    rules_of_behavior_version_id = table.Column<int>(type: "integer", nullable: false),
                    rules_of_behavior_accepted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    granted_role = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_account_applications_rules_of_behavior_versions_rules_of_be",
                        column: x => x.rules_of_behavior_version_id,
                        principalTable: "rules_of_behavior_versions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "id", "concurrency_stamp", "name", "normalized_name" },
                values: new object[,]
                {
                    { new Guid("0b5b3e1c-0001-4c1e-9a51-7d3f7c6a0001"), "0b5b3e1c-0001-4c1e-9a51-7d3f7c6a0001", "Recruiter", "RECRUITER" },
                    { new Guid("0b5b3e1c-0002-4c1e-9a51-7d3f7c6a0002"), "0b5b3e1c-0002-4c1e-9a51-7d3f7c6a0002", "MEP Staff", "MEP STAFF" },
                    { new Guid("0b5b3e1c-0003-4c1e-9a51-7d3f7c6a0003"), "0b5b3e1c-0003-4c1e-9a51-7d3f7c6a0003", "Data Administrator", "DATA ADMINISTRATOR" },
                    { new Guid("0b5b3e1c-0004-4c1e-9a51-7d3f7c6a0004"), "0b5b3e1c-0004-4c1e-9a51-7d3f7c6a0004", "User Administrator", "USER ADMINISTRATOR" },
                    { new Guid("0b5b3e1c-0005-4c1e-9a51-7d3f7c6a0005"), "0b5b3e1c-0005-4c1e-9a51-7d3f7c6a0005", "National Administrator", "NATIONAL ADMINISTRATOR" }
                });

            migrationBuilder.InsertData(
                table: "rules_of_behavior_versions",
                columns: new[] { "id", "published_at", "text", "version" },
                values: new object[] { 1, new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "1. I will use the MSIX Portal only to place, enroll, serve and transfer the records of migratory children, as my job requires.\n2. I will look up and view only the records I need for that work. Every search, view and export is recorded.\n3. I will not share my password, authenticator or recovery codes, and I will not let anyone else use my session.\n4. I will protect student information in every form: on screen, on paper and in exported files. I will not email it, store it on personal devices or post it anywhere.\n5. I will destroy printed or exported records securely when I no longer need them.\n6. I will report a lost authenticator, a suspected disclosure or any misuse to my State user administrator at once.\n7. I will complete cybersecurity and privacy training before I use the portal and every year after.\n8. I understand that misuse can lead to the loss of access and to civil or criminal penalties under FERPA and other law.", "2026.1" });

            migrationBuilder.CreateIndex(
                name: "ix_users_rules_of_behavior_version_id",
                table: "users",
                column: "rules_of_behavior_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_account_applications_normalized_email",
                table: "account_applications",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_account_applications_rules_of_behavior_version_id",
                table: "account_applications",
                column: "rules_of_behavior_version_id");

            migrationBuilder.CreateIndex(
                name: "ix_account_applications_state_code_status",
                table: "account_applications",
                columns: new[] { "state_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_account_tokens_token_hash",
                table: "account_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_account_tokens_user_id",
                table: "account_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_recovery_codes_user_id_code_hash",
                table: "recovery_codes",
                columns: new[] { "user_id", "code_hash" });

            migrationBuilder.CreateIndex(
                name: "ix_rules_of_behavior_versions_published_at",
                table: "rules_of_behavior_versions",
                column: "published_at");

            migrationBuilder.CreateIndex(
                name: "ix_rules_of_behavior_versions_version",
                table: "rules_of_behavior_versions",
                column: "version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_sessions_expires_at",
                table: "user_sessions",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_user_sessions_user_id",
                table: "user_sessions",
                column: "user_id");

            migrationBuilder.AddForeignKey(
                name: "fk_users_rules_of_behavior_versions_rules_of_behavior_version_",
                table: "users",
                column: "rules_of_behavior_version_id",
                principalTable: "rules_of_behavior_versions",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_users_rules_of_behavior_versions_rules_of_behavior_version_",
                table: "users");

            migrationBuilder.DropTable(
                name: "account_applications");

            migrationBuilder.DropTable(
                name: "account_tokens");

            migrationBuilder.DropTable(
                name: "recovery_codes");

            migrationBuilder.DropTable(
                name: "user_sessions");

            migrationBuilder.DropTable(
                name: "rules_of_behavior_versions");

            migrationBuilder.DropIndex(
                name: "ix_users_rules_of_behavior_version_id",
                table: "users");

            migrationBuilder.DeleteData(
                table: "roles",
                keyColumn: "id",
                keyValue: new Guid("0b5b3e1c-0001-4c1e-9a51-7d3f7c6a0001"));

            migrationBuilder.DeleteData(
                table: "roles",
                keyColumn: "id",
                keyValue: new Guid("0b5b3e1c-0002-4c1e-9a51-7d3f7c6a0002"));

            migrationBuilder.DeleteData(
                table: "roles",
                keyColumn: "id",
                keyValue: new Guid("0b5b3e1c-0003-4c1e-9a51-7d3f7c6a0003"));

            migrationBuilder.DeleteData(
                table: "roles",
                keyColumn: "id",
                keyValue: new Guid("0b5b3e1c-0004-4c1e-9a51-7d3f7c6a0004"));

            migrationBuilder.DeleteData(
                table: "roles",
                keyColumn: "id",
                keyValue: new Guid("0b5b3e1c-0005-4c1e-9a51-7d3f7c6a0005"));

            migrationBuilder.DropColumn(
                name: "activated_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "authenticator_enrolled_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "disabled_reason",
                table: "users");

            migrationBuilder.DropColumn(
                name: "job_title",
                table: "users");

            migrationBuilder.DropColumn(
                name: "last_sign_in_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "last_totp_step",
                table: "users");

            migrationBuilder.DropColumn(
                name: "organization",
                table: "users");

            migrationBuilder.DropColumn(
                name: "pending_authenticator_key",
                table: "users");

            migrationBuilder.DropColumn(
                name: "protected_authenticator_key",
                table: "users");

            migrationBuilder.DropColumn(
                name: "rules_of_behavior_accepted_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "rules_of_behavior_version_id",
                table: "users");

            migrationBuilder.DropColumn(
                name: "status",
                table: "users");

            migrationBuilder.DropColumn(
                name: "status_changed_at",
                table: "users");

            migrationBuilder.DropColumn(
                name: "supervisor_email",
                table: "users");

            migrationBuilder.DropColumn(
                name: "supervisor_name",
                table: "users");

            migrationBuilder.DropColumn(
                name: "total_failed_sign_ins",
                table: "users");

            migrationBuilder.DropColumn(
                name: "training_completed_on",
                table: "users");

            migrationBuilder.DropColumn(
                name: "training_reminder_sent_for",
                table: "users");
        }
    }
}
