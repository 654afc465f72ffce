using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class StateDataExchange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_clients",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    client_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    secret_hash = table.Column<string>(type: "text", nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    revoked_by_user_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_clients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "match_keys",
                columns: table => new
                {
                    key = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    state_student_record_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_keys", x => new { x.key, x.state_student_record_id });
                    table.ForeignKey(
                        name: "fk_match_keys_state_student_records_state_student_record_id",
                        column: x => x.state_student_record_id,
                        principalTable: "state_student_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "no_match_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    state_student_id = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    consolidated_student_id = table.Column<long>(type: "bigint", nullable: false),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_no_match_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    public_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    content_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    idempotency_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    submitted_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    api_client_id = table.Column<long>(type: "bigint", nullable: true),
                    received_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    file_problem = table.Column<string>(type: "text", nullable: true),
                    file_timestamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    effective_begin_date = table.Column<DateOnly>(type: "date", nullable: true),
                    effective_end_date = table.Column<DateOnly>(type: "date", nullable: true),
                    student_count = table.Column<int>(type: "integer", nullable: false),
                    inserted = table.Column<int>(type: "integer", nullable: false),
                    updated = table.Column<int>(type: "integer", nullable: false),
                    deleted = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    linked = table.Column<int>(type: "integer", nullable: false),
                    new_students = table.Column<int>(type: "integer", nullable: false),
                    near_matches = table.Column<int>(type: "integer", nullable: false),
                    late_new_children = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "near_match_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    public_id = table.Column<Guid>(type: "uuid", nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    submission_id = table.Column<long>(type: "bigint", nullable: false),
                    state_student_record_id = table.Column<long>(type: "bigint", nullable: false),
                    candidate_consolidated_student_id = table.Column<long>(type: "bigint", nullable: false),
                    score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    explanation = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    decided_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_near_match_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_near_match_items_consolidated_students_candidate_consolidat",
                        column: x => x.candidate_consolidated_student_id,
                        principalTable: "consolidated_students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_near_match_items_state_student_records_state_student_record",
                        column: x => x.state_student_record_id,
                        principalTable: "state_student_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_near_match_items_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "submission_errors",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    submission_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    record_number = table.Column<string>(type: "text", nullable: true),
                    state_student_id = table.Column<string>(type: "text", nullable: true),
                    section = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    sequence = table.Column<string>(type: "text", nullable: true),
                    element_number = table.Column<int>(type: "integer", nullable: true),
                    element_name = table.Column<string>(type: "text", nullable: false),
                    problem = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_submission_errors", x => x.id);
                    table.ForeignKey(
                        name: "fk_submission_errors_submissions_submission_id",
                        column: x => x.submission_id,
                        principalTable: "submissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_clients_client_id",
                table: "api_clients",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_match_keys_state_student_record_id",
                table: "match_keys",
                column: "state_student_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_near_match_items_candidate_consolidated_student_id",
                table: "near_match_items",
                column: "candidate_consolidated_student_id");

            migrationBuilder.CreateIndex(
                name: "ix_near_match_items_public_id",
                table: "near_match_items",
                column: "public_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_near_match_items_state_code_status",
                table: "near_match_items",
                columns: new[] { "state_code", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_near_match_items_state_student_record_id",
                table: "near_match_items",
                column: "state_student_record_id");

            migrationBuilder.CreateIndex(
                name: "ix_near_match_items_submission_id",
                table: "near_match_items",
                column: "submission_id");

            migrationBuilder.CreateIndex(
                name: "ix_no_match_decisions_state_code_state_student_id_consolidated",
                table: "no_match_decisions",
                columns: new[] { "state_code", "state_student_id", "consolidated_student_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submission_errors_submission_id_position",
                table: "submission_errors",
                columns: new[] { "submission_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_submissions_public_id",
                table: "submissions",
                column: "public_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_state_code_content_sha256",
                table: "submissions",
                columns: new[] { "state_code", "content_sha256" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_state_code_idempotency_key",
                table: "submissions",
                columns: new[] { "state_code", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_submissions_state_code_received_at",
                table: "submissions",
                columns: new[] { "state_code", "received_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_clients");

            migrationBuilder.DropTable(
                name: "match_keys");

            migrationBuilder.DropTable(
                name: "near_match_items");

            migrationBuilder.DropTable(
                name: "no_match_decisions");

            migrationBuilder.DropTable(
                name: "submission_errors");

            migrationBuilder.DropTable(
                name: "submissions");
        }
    }
}
