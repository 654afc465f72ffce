using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Workflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "changed_at",
                table: "consolidated_students",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "merged_into_student_id",
                table: "consolidated_students",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "data_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    consolidated_student_id = table.Column<long>(type: "bigint", nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    requester_state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    requester_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kinds = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    needed_by = table.Column<DateOnly>(type: "date", nullable: false),
                    requested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    assigned_to_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    answer_message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    answered_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    answered_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_data_requests_consolidated_students_consolidated_student_id",
                        column: x => x.consolidated_student_id,
                        principalTable: "consolidated_students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "merge_split_flags",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    master_student_id = table.Column<long>(type: "bigint", nullable: false),
                    flagged_by_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    flagged_by_state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    flagged_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    assigned_to_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    decision_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    result_student_id = table.Column<long>(type: "bigint", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merge_split_flags", x => x.id);
                    table.ForeignKey(
                        name: "fk_merge_split_flags_consolidated_students_master_student_id",
                        column: x => x.master_student_id,
                        principalTable: "consolidated_students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "move_notices",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    consolidated_student_id = table.Column<long>(type: "bigint", nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    sender_state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    district = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    school = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    move_date = table.Column<DateOnly>(type: "date", nullable: false),
                    move_date_is_expected = table.Column<bool>(type: "boolean", nullable: false),
                    comments = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    sender_contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sender_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    assigned_to_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    received_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    received_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    outcome_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    outcome_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    closed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    closed_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_move_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_move_notices_consolidated_students_consolidated_student_id",
                        column: x => x.consolidated_student_id,
                        principalTable: "consolidated_students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "notice_recipients",
                columns: table => new
                {
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    added_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notice_recipients", x => new { x.state_code, x.user_id });
                    table.ForeignKey(
                        name: "fk_notice_recipients_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    link = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    read_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.ForeignKey(
                        name: "fk_notifications_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbox_emails",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    to = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text_body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_emails", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submission_records",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submission_key = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    result_location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_records", x => new { x.user_id, x.submission_key });
                });

            migrationBuilder.CreateTable(
                name: "data_request_attachments",
                columns: table => new
                {
                    data_request_id = table.Column<long>(type: "bigint", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_request_attachments", x => x.data_request_id);
                    table.ForeignKey(
                        name: "fk_data_request_attachments_data_requests_data_request_id",
                        column: x => x.data_request_id,
                        principalTable: "data_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "merge_split_flag_records",
                columns: table => new
                {
                    flag_id = table.Column<long>(type: "bigint", nullable: false),
                    state_student_record_id = table.Column<long>(type: "bigint", nullable: false),
                    from_student_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merge_split_flag_records", x => new { x.flag_id, x.state_student_record_id });
                    table.ForeignKey(
                        name: "fk_merge_split_flag_records_merge_split_flags_flag_id",
                        column: x => x.flag_id,
                        principalTable: "merge_split_flags",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_merge_split_flag_records_state_student_records_state_studen",
                        column: x => x.state_student_record_id,
                        principalTable: "state_student_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "merge_split_flag_students",
                columns: table => new
                {
                    flag_id = table.Column<long>(type: "bigint", nullable: false),
                    consolidated_student_id = table.Column<long>(type: "bigint", nullable: false),
                    is_locked = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_merge_split_flag_students", x => new { x.flag_id, x.consolidated_student_id });
                    table.ForeignKey(
                        name: "fk_merge_split_flag_students_consolidated_students_consolidate",
                        column: x => x.consolidated_student_id,
                        principalTable: "consolidated_students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_merge_split_flag_students_merge_split_flags_flag_id",
                        column: x => x.flag_id,
                        principalTable: "merge_split_flags",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "msix_id_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    consolidated_student_id = table.Column<long>(type: "bigint", nullable: false),
                    @event = table.Column<string>(name: "event", type: "character varying(20)", maxLength: 20, nullable: false),
                    other_student_id = table.Column<long>(type: "bigint", nullable: false),
                    flag_id = table.Column<long>(type: "bigint", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_msix_id_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_msix_id_history_consolidated_students_consolidated_student_",
                        column: x => x.consolidated_student_id,
                        principalTable: "consolidated_students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_msix_id_history_merge_split_flags_flag_id",
                        column: x => x.flag_id,
                        principalTable: "merge_split_flags",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_consolidated_students_merged_into_student_id",
                table: "consolidated_students",
                column: "merged_into_student_id");

            migrationBuilder.CreateIndex(
                name: "ix_data_requests_consolidated_student_id",
                table: "data_requests",
                column: "consolidated_student_id");

            migrationBuilder.CreateIndex(
                name: "ix_data_requests_requester_user_id_requested_at",
                table: "data_requests",
                columns: new[] { "requester_user_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_data_requests_state_code_status_needed_by",
                table: "data_requests",
                columns: new[] { "state_code", "status", "needed_by" });

            migrationBuilder.CreateIndex(
                name: "ix_merge_split_flag_records_state_student_record_id",
                table: "merge_split_flag_records",
                column: "state_student_record_id");

            migrationBuilder.CreateIndex(
                name: "ux_merge_split_flag_students_locked",
                table: "merge_split_flag_students",
                column: "consolidated_student_id",
                unique: true,
                filter: "is_locked");

            migrationBuilder.CreateIndex(
                name: "ix_merge_split_flags_master_student_id",
                table: "merge_split_flags",
                column: "master_student_id");

            migrationBuilder.CreateIndex(
                name: "ix_merge_split_flags_status_flagged_at",
                table: "merge_split_flags",
                columns: new[] { "status", "flagged_at" });

            migrationBuilder.CreateIndex(
                name: "ix_move_notices_consolidated_student_id",
                table: "move_notices",
                column: "consolidated_student_id");

            migrationBuilder.CreateIndex(
                name: "ix_move_notices_sender_user_id_sent_at",
                table: "move_notices",
                columns: new[] { "sender_user_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "ix_move_notices_state_code_status_due_on",
                table: "move_notices",
                columns: new[] { "state_code", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_msix_id_history_consolidated_student_id",
                table: "msix_id_history",
                column: "consolidated_student_id");

            migrationBuilder.CreateIndex(
                name: "ix_msix_id_history_flag_id",
                table: "msix_id_history",
                column: "flag_id");

            migrationBuilder.CreateIndex(
                name: "ix_notice_recipients_user_id",
                table: "notice_recipients",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at",
                table: "notifications",
                columns: new[] { "user_id", "created_at" },
                filter: "read_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_emails_next_attempt_at",
                table: "outbox_emails",
                column: "next_attempt_at",
                filter: "sent_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_submission_records_created_at",
                table: "submission_records",
                column: "created_at");

            migrationBuilder.AddForeignKey(
                name: "fk_consolidated_students_consolidated_students_merged_into_stu",
                table: "consolidated_students",
                column: "merged_into_student_id",
                principalTable: "consolidated_students",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_consolidated_students_consolidated_students_merged_into_stu",
                table: "consolidated_students");

            migrationBuilder.DropTable(
                name: "data_request_attachments");

            migrationBuilder.DropTable(
                name: "merge_split_flag_records");

            migrationBuilder.DropTable(
                name: "merge_split_flag_students");

            migrationBuilder.DropTable(
                name: "move_notices");

            migrationBuilder.DropTable(
                name: "msix_id_history");

            migrationBuilder.DropTable(
                name: "notice_recipients");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "outbox_emails");

            migrationBuilder.DropTable(
                name: "submission_records");

            migrationBuilder.DropTable(
                name: "data_requests");

            migrationBuilder.DropTable(
                name: "merge_split_flags");

            migrationBuilder.DropIndex(
                name: "ix_consolidated_students_merged_into_student_id",
                table: "consolidated_students");

            migrationBuilder.DropColumn(
                name: "changed_at",
                table: "consolidated_students");

            migrationBuilder.DropColumn(
                name: "merged_into_student_id",
                table: "consolidated_students");
        }
    }
}
