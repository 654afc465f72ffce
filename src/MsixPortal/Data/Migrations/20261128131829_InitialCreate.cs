using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace MsixPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "msix_id_seq",
                startValue: 10000000000L,
                minValue: 10000000000L,
                maxValue: 99999999999L);

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_roles = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    action = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    target_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    target_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    detail = table.Column<string>(type: "text", nullable: true),
                    client_ip = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    correlation_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "code_sets",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    certainty = table.Column<string>(type: "character(1)", fixedLength: true, maxLength: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_code_sets", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "consolidated_students",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    msix_id = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consolidated_students", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "code_set_values",
                columns: table => new
                {
                    code_set = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    extra = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_code_set_values", x => new { x.code_set, x.code });
                    table.ForeignKey(
                        name: "fk_code_set_values_code_sets_code_set",
                        column: x => x.code_set,
                        principalTable: "code_sets",
                        principalColumn: "name",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "state_student_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    consolidated_student_id = table.Column<long>(type: "bigint", nullable: false),
                    state_code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    state_student_id = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    state_student_id_type = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    first_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    middle_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    last_name1 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    last_name2 = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    suffix = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    multiple_birth = table.Column<bool>(type: "boolean", nullable: true),
                    birth_city = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    birth_state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    birth_country = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    birth_date_verification = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    parent1first_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    parent1last_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    parent2first_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    parent2last_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    parent1email = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    parent1phone = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    parent2email = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    parent2phone = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    last_submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_state_student_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_state_student_records_consolidated_students_consolidated_st",
                        column: x => x.consolidated_student_id,
                        principalTable: "consolidated_students",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "alternate_state_ids",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    identifier = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    identifier_type = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    state_student_record_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_alternate_state_ids", x => x.id);
                    table.ForeignKey(
                        name: "fk_alternate_state_ids_state_student_records_state_student_rec",
                        column: x => x.state_student_record_id,
                        principalTable: "state_student_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "assessments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    assessment_title = table.Column<string>(type: "character varying(55)", maxLength: 55, nullable: false),
                    assessment_content = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    assessment_type = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    administration_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reporting_method = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    score_results = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    interpretation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state_student_record_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_assessments_state_student_records_state_student_record_id",
                        column: x => x.state_student_record_id,
                        principalTable: "state_student_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    course_title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    subject_area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    course_type = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    begin_academic_year = table.Column<int>(type: "integer", nullable: false),
                    end_academic_year = table.Column<int>(type: "integer", nullable: true),
                    course_section = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    term_type = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    clock_hours = table.Column<int>(type: "integer", nullable: true),
                    grade_to_date = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    credits_granted = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    final_grade = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    state_student_record_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_courses", x => x.id);
                    table.ForeignKey(
                        name: "fk_courses_state_student_records_state_student_record_id",
                        column: x => x.state_student_record_id,
                        principalTable: "state_student_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enrollments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enrollment_date = table.Column<DateOnly>(type: "date", nullable: false),
                    enrollment_type = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    school_or_project_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    mep_project_type = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    school_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    facility_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    facility_address1 = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    facility_address2 = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    facility_address3 = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    facility_city = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    facility_state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    facility_zip = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    telephone_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    school_district_id = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    school_district = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    grade_level = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    english_learner = table.Column<bool>(type: "boolean", nullable: true),
                    idea = table.Column<bool>(type: "boolean", nullable: true),
                    medical_alert = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    priority_for_services = table.Column<bool>(type: "boolean", nullable: true),
                    immunization_record = table.Column<bool>(type: "boolean", nullable: true),
                    withdrawal_date = table.Column<DateOnly>(type: "date", nullable: true),
                    district_of_residence = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    residency_date = table.Column<DateOnly>(type: "date", nullable: true),
                    residency_verification_date = table.Column<DateOnly>(type: "date", nullable: true),
                    designated_graduation_school = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    graduation_hse_indicator = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    graduation_hse_date = table.Column<DateOnly>(type: "date", nullable: true),
                    out_of_state_transcript = table.Column<bool>(type: "boolean", nullable: true),
                    continuation_of_services_reason = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    algebra1 = table.Column<bool>(type: "boolean", nullable: true),
                    enrollment_comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    state_student_record_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enrollments", x => x.id);
                    table.ForeignKey(
                        name: "fk_enrollments_state_student_records_state_student_record_id",
                        column: x => x.state_student_record_id,
                        principalTable: "state_student_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qualifying_moves",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    qualifying_arrival_date = table.Column<DateOnly>(type: "date", nullable: false),
                    from_city = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    from_state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    from_country = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    to_city = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    to_state = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    eligibility_expiration_date = table.Column<DateOnly>(type: "date", nullable: true),
                    state_student_record_id = table.Column<long>(type: "bigint", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    submitted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qualifying_moves", x => x.id);
                    table.ForeignKey(
                        name: "fk_qualifying_moves_state_student_records_state_student_record",
                        column: x => x.state_student_record_id,
                        principalTable: "state_student_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "code_sets",
                columns: new[] { "name", "certainty", "description" },
                values: new object[,]
                {
                    { "alternate_id_type", "S", "Alternate State Student Identifier Type (file item; label of 03 inferred)." },
                    { "assessment_interpretation", "S", "MDE 76 Assessment Interpretation; binding only for assessment types 09–11." },
                    { "assessment_type", "U", "MDE 72 Assessment Type (01 and 09–11 from a secondary source; other labels unverified)." },
                    { "birth_date_verification", "S", "MDE 15 Birth Date Verification (CEDS codes)." },
                    { "continuation_of_services", "I", "MDE 56 Continuation of Services Reason (meanings from ESEA 1304(e))." },
                    { "country", "I", "Countries by ISO 3166-1 alpha-2 code (extra: ISO alpha-3 code)." },
                    { "course_type", "U", "MDE 61 Course Type (field confirmed by a secondary source; codes and labels unverified)." },
                    { "enrollment_type", "S", "MDE 28 Enrollment Type (CEDS MEP Enrollment Type)." },
                    { "grade_level", "U", "MDE 42 Grade Level (exact list unverified: pre-K age codes and OS assumed)." },
                    { "graduation_hse", "I", "MDE 53 Graduation/HSE Indicator (exact codes not seen)." },
                    { "medical_alert", "S", "MDE 45 Medical Alert Indicator." },
                    { "mep_project_type", "I", "MDE 30 MEP Project Type (CEDS MEP Project Based; codes inferred)." },
                    { "reporting_method", "I", "MDE 74 Assessment Reporting Method (CEDS method codes shortened to four characters; inferred)." },
                    { "sex", "C", "MDE 9 Sex (Nonbinary replaced Other in 2023)." },
                    { "state_id_type", "C", "MDE 3 State Student Identifier Type." },
                    { "term_type", "U", "MDE 65 Term Type (CEDS Session Type; codes unverified)." },
                    { "us_state", "C", "U.S. States and outlying areas by USPS postal code (extra: state, district, territory, freely_associated)." },
                    { "yes_no", "C", "Yes/No flags (MDEs 11, 43, 44, 46, 47, 55, 57)." }
                });

            migrationBuilder.InsertData(
                table: "code_set_values",
                columns: new[] { "code", "code_set", "extra", "label", "sort_order" },
                values: new object[,]
                {
                    { "01", "alternate_id_type", null, "State-assigned unique ID", 10 },
                    { "02", "alternate_id_type", null, "State MEP-assigned unique ID", 20 },
                    { "03", "alternate_id_type", null, "Other identifier", 30 },
                    { "Advanced", "assessment_interpretation", null, "Advanced", 10 },
                    { "Basic", "assessment_interpretation", null, "Basic", 70 },
                    { "Below Basic", "assessment_interpretation", null, "Below Basic", 80 },
                    { "Failed", "assessment_interpretation", null, "Failed", 50 },
                    { "Far Below Basic", "assessment_interpretation", null, "Far Below Basic", 90 },
                    { "Not Proficient", "assessment_interpretation", null, "Not Proficient", 60 },
                    { "Passed", "assessment_interpretation", null, "Passed", 40 },
                    { "Proficient", "assessment_interpretation", null, "Proficient", 30 },
                    { "Proficient or Above", "assessment_interpretation", null, "Proficient or Above", 20 },
                    { "01", "assessment_type", null, "State assessment", 10 },
                    { "02", "assessment_type", null, "District assessment", 20 },
                    { "03", "assessment_type", null, "Classroom or teacher assessment", 30 },
                    { "04", "assessment_type", null, "English language proficiency assessment", 40 },
                    { "05", "assessment_type", null, "Other standardized assessment", 50 },
                    { "06", "assessment_type", null, "High school exit examination", 60 },
                    { "07", "assessment_type", null, "College entrance examination", 70 },
                    { "08", "assessment_type", null, "End-of-course assessment", 80 },
                    { "09", "assessment_type", null, "State assessment – mathematics", 90 },
                    { "10", "assessment_type", null, "State assessment – reading/language arts", 100 },
                    { "11", "assessment_type", null, "State assessment – science", 110 },
                    { "1003", "birth_date_verification", null, "Baptismal or church certificate", 10 },
                    { "1004", "birth_date_verification", null, "Birth certificate", 20 },
                    { "1005", "birth_date_verification", null, "Entry in family Bible", 30 },
                    { "1006", "birth_date_verification", null, "Hospital certificate", 40 },
                    { "1007", "birth_date_verification", null, "Parent's affidavit", 50 },
                    { "1008", "birth_date_verification", null, "Passport", 60 },
                    { "1009", "birth_date_verification", null, "Physician's certificate", 70 },
                    { "1010", "birth_date_verification", null, "Previously verified school records", 80 },
                    { "1011", "birth_date_verification", null, "State-issued ID", 90 },
                    { "1012", "birth_date_verification", null, "Driver's license", 100 },
                    { "1013", "birth_date_verification", null, "Immigration document or visa", 110 },
                    { "2382", "birth_date_verification", null, "Life insurance policy", 120 },
                    { "3423", "birth_date_verification", null, "Other official document", 130 },
                    { "3424", "birth_date_verification", null, "Other non-official document", 140 },
                    { "9999", "birth_date_verification", null, "Other", 150 },
                    { "01", "continuation_of_services", null, "Until the end of the term (ESEA 1304(e)(1))", 10 },
                    { "02", "continuation_of_services", null, "For one more school year (ESEA 1304(e)(2))", 20 },
                    { "03", "continuation_of_services", null, "Secondary credit accrual until graduation (ESEA 1304(e)(3))", 30 },
                    { "AD", "country", "AND", "Andorra", 50 },
                    { "AE", "country", "ARE", "United Arab Emirates", 2330 },
                    { "AF", "country", "AFG", "Afghanistan", 10 },
                    { "AG", "country", "ATG", "Antigua and Barbuda", 90 },
                    { "AI", "country", "AIA", "Anguilla", 70 },
                    { "AL", "country", "ALB", "Albania", 20 },
                    { "AM", "country", "ARM", "Armenia", 110 },
                    { "AO", "country", "AGO", "Angola", 60 },
                    { "AQ", "country", "ATA", "Antarctica", 80 },
                    { "AR", "country", "ARG", "Argentina", 100 },
                    { "AS", "country", "ASM", "American Samoa", 40 },
                    { "AT", "country", "AUT", "Austria", 140 },
                    { "AU", "country", "AUS", "Australia", 130 },
                    { "AW", "country", "ABW", "Aruba", 120 },
                    { "AX", "country", "ALA", "Åland Islands", 2490 },
                    { "AZ", "country", "AZE", "Azerbaijan", 150 },
                    { "BA", "country", "BIH", "Bosnia and Herzegovina", 280 },
                    { "BB", "country", "BRB", "Barbados", 190 },
                    { "BD", "country", "BGD", "Bangladesh", 180 },
                    { "BE", "country", "BEL", "Belgium", 210 },
                    { "BF", "country", "BFA", "Burkina Faso", 350 },
                    { "BG", "country", "BGR", "Bulgaria", 340 },
                    { "BH", "country", "BHR", "Bahrain", 170 },
                    { "BI", "country", "BDI", "Burundi", 360 },
                    { "BJ", "country", "BEN", "Benin", 230 },
                    { "BL", "country", "BLM", "Saint Barthélemy", 1840 },
                    { "BM", "country", "BMU", "Bermuda", 240 },
                    { "BN", "country", "BRN", "Brunei Darussalam", 330 },
                    { "BO", "country", "BOL", "Bolivia", 260 },
                    { "BQ", "country", "BES", "Bonaire, Sint Eustatius and Saba", 270 },
                    { "BR", "country", "BRA", "Brazil", 310 },
                    { "BS", "country", "BHS", "Bahamas", 160 },
                    { "BT", "country", "BTN", "Bhutan", 250 },
                    { "BV", "country", "BVT", "Bouvet Island", 300 },
                    { "BW", "country", "BWA", "Botswana", 290 },
                    { "BY", "country", "BLR", "Belarus", 200 },
                    { "BZ", "country", "BLZ", "Belize", 220 },
                    { "CA", "country", "CAN", "Canada", 400 },
                    { "CC", "country", "CCK", "Cocos (Keeling) Islands", 470 },
                    { "CD", "country", "COD", "Congo, The Democratic Republic of the", 510 },
                    { "CF", "country", "CAF", "Central African Republic", 420 },
                    { "CG", "country", "COG", "Congo", 500 },
                    { "CH", "country", "CHE", "Switzerland", 2150 },
                    { "CI", "country", "CIV", "Côte d'Ivoire", 590 },
                    { "CK", "country", "COK", "Cook Islands", 520 },
                    { "CL", "country", "CHL", "Chile", 440 },
                    { "CM", "country", "CMR", "Cameroon", 390 },
                    { "CN", "country", "CHN", "China", 450 },
                    { "CO", "country", "COL", "Colombia", 480 },
                    { "CR", "country", "CRI", "Costa Rica", 530 },
                    { "CU", "country", "CUB", "Cuba", 550 },
                    { "CV", "country", "CPV", "Cabo Verde", 370 },
                    { "CW", "country", "CUW", "Curaçao", 560 },
                    { "CX", "country", "CXR", "Christmas Island", 460 },
                    { "CY", "country", "CYP", "Cyprus", 570 },
                    { "CZ", "country", "CZE", "Czechia", 580 },
                    { "DE", "country", "DEU", "Germany", 830 },
                    { "DJ", "country", "DJI", "Djibouti", 610 },
                    { "DK", "country", "DNK", "Denmark", 600 },
                    { "DM", "country", "DMA", "Dominica", 620 },
                    { "DO", "country", "DOM", "Dominican Republic", 630 },
                    { "DZ", "country", "DZA", "Algeria", 30 },
                    { "EC", "country", "ECU", "Ecuador", 640 },
                    { "EE", "country", "EST", "Estonia", 690 },
                    { "EG", "country", "EGY", "Egypt", 650 },
                    { "EH", "country", "ESH", "Western Sahara", 2450 },
                    { "ER", "country", "ERI", "Eritrea", 680 },
                    { "ES", "country", "ESP", "Spain", 2090 },
                    { "ET", "country", "ETH", "Ethiopia", 710 },
                    { "FI", "country", "FIN", "Finland", 750 },
                    { "FJ", "country", "FJI", "Fiji", 740 },
                    { "FK", "country", "FLK", "Falkland Islands (Malvinas)", 720 },
                    { "FM", "country", "FSM", "Micronesia, Federated States of", 1420 },
                    { "FO", "country", "FRO", "Faroe Islands", 730 },
                    { "FR", "country", "FRA", "France", 760 },
                    { "GA", "country", "GAB", "Gabon", 800 },
                    { "GB", "country", "GBR", "United Kingdom", 2340 },
                    { "GD", "country", "GRD", "Grenada", 880 },
                    { "GE", "country", "GEO", "Georgia", 820 },
                    { "GF", "country", "GUF", "French Guiana", 770 },
                    { "GG", "country", "GGY", "Guernsey", 920 },
                    { "GH", "country", "GHA", "Ghana", 840 },
                    { "GI", "country", "GIB", "Gibraltar", 850 },
                    { "GL", "country", "GRL", "Greenland", 870 },
                    { "GM", "country", "GMB", "Gambia", 810 },
                    { "GN", "country", "GIN", "Guinea", 930 },
                    { "GP", "country", "GLP", "Guadeloupe", 890 },
                    { "GQ", "country", "GNQ", "Equatorial Guinea", 670 },
                    { "GR", "country", "GRC", "Greece", 860 },
                    { "GS", "country", "SGS", "South Georgia and the South Sandwich Islands", 2060 },
                    { "GT", "country", "GTM", "Guatemala", 910 },
                    { "GU", "country", "GUM", "Guam", 900 },
                    { "GW", "country", "GNB", "Guinea-Bissau", 940 },
                    { "GY", "country", "GUY", "Guyana", 950 },
                    { "HK", "country", "HKG", "Hong Kong", 1000 },
                    { "HM", "country", "HMD", "Heard Island and McDonald Islands", 970 },
                    { "HN", "country", "HND", "Honduras", 990 },
                    { "HR", "country", "HRV", "Croatia", 540 },
                    { "HT", "country", "HTI", "Haiti", 960 },
                    { "HU", "country", "HUN", "Hungary", 1010 },
                    { "ID", "country", "IDN", "Indonesia", 1040 },
                    { "IE", "country", "IRL", "Ireland", 1070 },
                    { "IL", "country", "ISR", "Israel", 1090 },
                    { "IM", "country", "IMN", "Isle of Man", 1080 },
                    { "IN", "country", "IND", "India", 1030 },
                    { "IO", "country", "IOT", "British Indian Ocean Territory", 320 },
                    { "IQ", "country", "IRQ", "Iraq", 1060 },
                    { "IR", "country", "IRN", "Iran", 1050 },
                    { "IS", "country", "ISL", "Iceland", 1020 },
                    { "IT", "country", "ITA", "Italy", 1100 },
                    { "JE", "country", "JEY", "Jersey", 1130 },
                    { "JM", "country", "JAM", "Jamaica", 1110 },
                    { "JO", "country", "JOR", "Jordan", 1140 },
                    { "JP", "country", "JPN", "Japan", 1120 },
                    { "KE", "country", "KEN", "Kenya", 1160 },
                    { "KG", "country", "KGZ", "Kyrgyzstan", 1190 },
                    { "KH", "country", "KHM", "Cambodia", 380 },
                    { "KI", "country", "KIR", "Kiribati", 1170 },
                    { "KM", "country", "COM", "Comoros", 490 },
                    { "KN", "country", "KNA", "Saint Kitts and Nevis", 1860 },
                    { "KP", "country", "PRK", "North Korea", 1620 },
                    { "KR", "country", "KOR", "South Korea", 2070 },
                    { "KW", "country", "KWT", "Kuwait", 1180 },
                    { "KY", "country", "CYM", "Cayman Islands", 410 },
                    { "KZ", "country", "KAZ", "Kazakhstan", 1150 },
                    { "LA", "country", "LAO", "Laos", 1200 },
                    { "LB", "country", "LBN", "Lebanon", 1220 },
                    { "LC", "country", "LCA", "Saint Lucia", 1870 },
                    { "LI", "country", "LIE", "Liechtenstein", 1260 },
                    { "LK", "country", "LKA", "Sri Lanka", 2100 },
                    { "LR", "country", "LBR", "Liberia", 1240 },
                    { "LS", "country", "LSO", "Lesotho", 1230 },
                    { "LT", "country", "LTU", "Lithuania", 1270 },
                    { "LU", "country", "LUX", "Luxembourg", 1280 },
                    { "LV", "country", "LVA", "Latvia", 1210 },
                    { "LY", "country", "LBY", "Libya", 1250 },
                    { "MA", "country", "MAR", "Morocco", 1480 },
                    { "MC", "country", "MCO", "Monaco", 1440 },
                    { "MD", "country", "MDA", "Moldova", 1430 },
                    { "ME", "country", "MNE", "Montenegro", 1460 },
                    { "MF", "country", "MAF", "Saint Martin (French part)", 1880 },
                    { "MG", "country", "MDG", "Madagascar", 1300 },
                    { "MH", "country", "MHL", "Marshall Islands", 1360 },
                    { "MK", "country", "MKD", "North Macedonia", 1630 },
                    { "ML", "country", "MLI", "Mali", 1340 },
                    { "MM", "country", "MMR", "Myanmar", 1500 },
                    { "MN", "country", "MNG", "Mongolia", 1450 },
                    { "MO", "country", "MAC", "Macao", 1290 },
                    { "MP", "country", "MNP", "Northern Mariana Islands", 1640 },
                    { "MQ", "country", "MTQ", "Martinique", 1370 },
                    { "MR", "country", "MRT", "Mauritania", 1380 },
                    { "MS", "country", "MSR", "Montserrat", 1470 },
                    { "MT", "country", "MLT", "Malta", 1350 },
                    { "MU", "country", "MUS", "Mauritius", 1390 },
                    { "MV", "country", "MDV", "Maldives", 1330 },
                    { "MW", "country", "MWI", "Malawi", 1310 },
                    { "MX", "country", "MEX", "Mexico", 1410 },
                    { "MY", "country", "MYS", "Malaysia", 1320 },
                    { "MZ", "country", "MOZ", "Mozambique", 1490 },
                    { "NA", "country", "NAM", "Namibia", 1510 },
                    { "NC", "country", "NCL", "New Caledonia", 1550 },
                    { "NE", "country", "NER", "Niger", 1580 },
                    { "NF", "country", "NFK", "Norfolk Island", 1610 },
                    { "NG", "country", "NGA", "Nigeria", 1590 },
                    { "NI", "country", "NIC", "Nicaragua", 1570 },
                    { "NL", "country", "NLD", "Netherlands", 1540 },
                    { "NO", "country", "NOR", "Norway", 1650 },
                    { "NP", "country", "NPL", "Nepal", 1530 },
                    { "NR", "country", "NRU", "Nauru", 1520 },
                    { "NU", "country", "NIU", "Niue", 1600 },
                    { "NZ", "country", "NZL", "New Zealand", 1560 },
                    { "OM", "country", "OMN", "Oman", 1660 },
                    { "PA", "country", "PAN", "Panama", 1700 },
                    { "PE", "country", "PER", "Peru", 1730 },
                    { "PF", "country", "PYF", "French Polynesia", 780 },
                    { "PG", "country", "PNG", "Papua New Guinea", 1710 },
                    { "PH", "country", "PHL", "Philippines", 1740 },
                    { "PK", "country", "PAK", "Pakistan", 1670 },
                    { "PL", "country", "POL", "Poland", 1760 },
                    { "PM", "country", "SPM", "Saint Pierre and Miquelon", 1890 },
                    { "PN", "country", "PCN", "Pitcairn", 1750 },
                    { "PR", "country", "PRI", "Puerto Rico", 1780 },
                    { "PS", "country", "PSE", "Palestine, State of", 1690 },
                    { "PT", "country", "PRT", "Portugal", 1770 },
                    { "PW", "country", "PLW", "Palau", 1680 },
                    { "PY", "country", "PRY", "Paraguay", 1720 },
                    { "QA", "country", "QAT", "Qatar", 1790 },
                    { "RE", "country", "REU", "Réunion", 1830 },
                    { "RO", "country", "ROU", "Romania", 1800 },
                    { "RS", "country", "SRB", "Serbia", 1960 },
                    { "RU", "country", "RUS", "Russian Federation", 1810 },
                    { "RW", "country", "RWA", "Rwanda", 1820 },
                    { "SA", "country", "SAU", "Saudi Arabia", 1940 },
                    { "SB", "country", "SLB", "Solomon Islands", 2030 },
                    { "SC", "country", "SYC", "Seychelles", 1970 },
                    { "SD", "country", "SDN", "Sudan", 2110 },
                    { "SE", "country", "SWE", "Sweden", 2140 },
                    { "SG", "country", "SGP", "Singapore", 1990 },
                    { "SH", "country", "SHN", "Saint Helena, Ascension and Tristan da Cunha", 1850 },
                    { "SI", "country", "SVN", "Slovenia", 2020 },
                    { "SJ", "country", "SJM", "Svalbard and Jan Mayen", 2130 },
                    { "SK", "country", "SVK", "Slovakia", 2010 },
                    { "SL", "country", "SLE", "Sierra Leone", 1980 },
                    { "SM", "country", "SMR", "San Marino", 1920 },
                    { "SN", "country", "SEN", "Senegal", 1950 },
                    { "SO", "country", "SOM", "Somalia", 2040 },
                    { "SR", "country", "SUR", "Suriname", 2120 },
                    { "SS", "country", "SSD", "South Sudan", 2080 },
                    { "ST", "country", "STP", "Sao Tome and Principe", 1930 },
                    { "SV", "country", "SLV", "El Salvador", 660 },
                    { "SX", "country", "SXM", "Sint Maarten (Dutch part)", 2000 },
                    { "SY", "country", "SYR", "Syria", 2160 },
                    { "SZ", "country", "SWZ", "Eswatini", 700 },
                    { "TC", "country", "TCA", "Turks and Caicos Islands", 2280 },
                    { "TD", "country", "TCD", "Chad", 430 },
                    { "TF", "country", "ATF", "French Southern Territories", 790 },
                    { "TG", "country", "TGO", "Togo", 2220 },
                    { "TH", "country", "THA", "Thailand", 2200 },
                    { "TJ", "country", "TJK", "Tajikistan", 2180 },
                    { "TK", "country", "TKL", "Tokelau", 2230 },
                    { "TL", "country", "TLS", "Timor-Leste", 2210 },
                    { "TM", "country", "TKM", "Turkmenistan", 2270 },
                    { "TN", "country", "TUN", "Tunisia", 2260 },
                    { "TO", "country", "TON", "Tonga", 2240 },
                    { "TR", "country", "TUR", "Türkiye", 2300 },
                    { "TT", "country", "TTO", "Trinidad and Tobago", 2250 },
                    { "TV", "country", "TUV", "Tuvalu", 2290 },
                    { "TW", "country", "TWN", "Taiwan", 2170 },
                    { "TZ", "country", "TZA", "Tanzania", 2190 },
                    { "UA", "country", "UKR", "Ukraine", 2320 },
                    { "UG", "country", "UGA", "Uganda", 2310 },
                    { "UM", "country", "UMI", "United States Minor Outlying Islands", 2360 },
                    { "US", "country", "USA", "United States", 2350 },
                    { "UY", "country", "URY", "Uruguay", 2370 },
                    { "UZ", "country", "UZB", "Uzbekistan", 2380 },
                    { "VA", "country", "VAT", "Holy See (Vatican City State)", 980 },
                    { "VC", "country", "VCT", "Saint Vincent and the Grenadines", 1900 },
                    { "VE", "country", "VEN", "Venezuela", 2400 },
                    { "VG", "country", "VGB", "Virgin Islands, British", 2420 },
                    { "VI", "country", "VIR", "Virgin Islands, U.S.", 2430 },
                    { "VN", "country", "VNM", "Vietnam", 2410 },
                    { "VU", "country", "VUT", "Vanuatu", 2390 },
                    { "WF", "country", "WLF", "Wallis and Futuna", 2440 },
                    { "WS", "country", "WSM", "Samoa", 1910 },
                    { "YE", "country", "YEM", "Yemen", 2460 },
                    { "YT", "country", "MYT", "Mayotte", 1400 },
                    { "ZA", "country", "ZAF", "South Africa", 2050 },
                    { "ZM", "country", "ZMB", "Zambia", 2470 },
                    { "ZW", "country", "ZWE", "Zimbabwe", 2480 },
                    { "01", "course_type", null, "Regular", 10 },
                    { "02", "course_type", null, "Honors", 20 },
                    { "03", "course_type", null, "Advanced Placement", 30 },
                    { "04", "course_type", null, "International Baccalaureate", 40 },
                    { "05", "course_type", null, "Dual credit", 50 },
                    { "06", "course_type", null, "Remedial", 60 },
                    { "07", "course_type", null, "Career and technical education", 70 },
                    { "08", "course_type", null, "Special education", 80 },
                    { "99", "course_type", null, "Other", 90 },
                    { "01", "enrollment_type", null, "Basic School Program", 10 },
                    { "02", "enrollment_type", null, "Regular-term MEP-funded project", 20 },
                    { "03", "enrollment_type", null, "Summer/intersession MEP-funded project", 30 },
                    { "04", "enrollment_type", null, "Year-round MEP-funded project", 40 },
                    { "05", "enrollment_type", null, "Basic School Program and regular-term MEP-funded project", 50 },
                    { "06", "enrollment_type", null, "Residency only", 60 },
                    { "01", "grade_level", null, "Grade 1", 80 },
                    { "02", "grade_level", null, "Grade 2", 90 },
                    { "03", "grade_level", null, "Grade 3", 100 },
                    { "04", "grade_level", null, "Grade 4", 110 },
                    { "05", "grade_level", null, "Grade 5", 120 },
                    { "06", "grade_level", null, "Grade 6", 130 },
                    { "07", "grade_level", null, "Grade 7", 140 },
                    { "08", "grade_level", null, "Grade 8", 150 },
                    { "09", "grade_level", null, "Grade 9", 160 },
                    { "10", "grade_level", null, "Grade 10", 170 },
                    { "11", "grade_level", null, "Grade 11", 180 },
                    { "12", "grade_level", null, "Grade 12", 190 },
                    { "KG", "grade_level", null, "Kindergarten", 70 },
                    { "OS", "grade_level", null, "Out of school", 210 },
                    { "P0", "grade_level", null, "Pre-kindergarten, age 0–1", 10 },
                    { "P1", "grade_level", null, "Pre-kindergarten, age 1", 20 },
                    { "P2", "grade_level", null, "Pre-kindergarten, age 2", 30 },
                    { "P3", "grade_level", null, "Pre-kindergarten, age 3", 40 },
                    { "P4", "grade_level", null, "Pre-kindergarten, age 4", 50 },
                    { "P5", "grade_level", null, "Pre-kindergarten, age 5", 60 },
                    { "UG", "grade_level", null, "Ungraded", 200 },
                    { "Graduated", "graduation_hse", null, "Graduated with a high school diploma", 10 },
                    { "HSE", "graduation_hse", null, "Earned a High School Equivalency", 20 },
                    { "Acute", "medical_alert", null, "Acute", 20 },
                    { "Chronic", "medical_alert", null, "Chronic", 10 },
                    { "None", "medical_alert", null, "None", 30 },
                    { "01", "mep_project_type", null, "School-based", 10 },
                    { "02", "mep_project_type", null, "Non-school-based", 20 },
                    { "0144", "reporting_method", null, "Letter grade or mark", 10 },
                    { "0490", "reporting_method", null, "Age score", 20 },
                    { "0493", "reporting_method", null, "Grade equivalent", 30 },
                    { "0499", "reporting_method", null, "Normal curve equivalent", 40 },
                    { "0501", "reporting_method", null, "Number score", 50 },
                    { "0502", "reporting_method", null, "Pass/fail", 60 },
                    { "0503", "reporting_method", null, "Percentile rank", 70 },
                    { "0504", "reporting_method", null, "Proficiency level", 80 },
                    { "0507", "reporting_method", null, "Scale score", 90 },
                    { "0512", "reporting_method", null, "Achievement or proficiency level", 100 },
                    { "0513", "reporting_method", null, "Mastery level", 110 },
                    { "3476", "reporting_method", null, "Percentile", 120 },
                    { "3478", "reporting_method", null, "Raw score", 130 },
                    { "9999", "reporting_method", null, "Other", 140 },
                    { "Female", "sex", null, "Female", 10 },
                    { "Male", "sex", null, "Male", 20 },
                    { "Nonbinary", "sex", null, "Nonbinary", 30 },
                    { "01", "state_id_type", null, "State-assigned unique ID", 10 },
                    { "02", "state_id_type", null, "State MEP-assigned unique ID", 20 },
                    { "0827", "term_type", null, "Full school year", 10 },
                    { "0828", "term_type", null, "Semester", 20 },
                    { "0829", "term_type", null, "Trimester", 30 },
                    { "0830", "term_type", null, "Quarter", 40 },
                    { "0832", "term_type", null, "Mini-term", 50 },
                    { "0833", "term_type", null, "Summer term", 60 },
                    { "0834", "term_type", null, "Intersession", 70 },
                    { "0835", "term_type", null, "Long session", 80 },
                    { "9999", "term_type", null, "Other", 90 },
                    { "AK", "us_state", "state", "Alaska", 20 },
                    { "AL", "us_state", "state", "Alabama", 10 },
                    { "AR", "us_state", "state", "Arkansas", 40 },
                    { "AS", "us_state", "territory", "American Samoa", 520 },
                    { "AZ", "us_state", "state", "Arizona", 30 },
                    { "CA", "us_state", "state", "California", 50 },
                    { "CO", "us_state", "state", "Colorado", 60 },
                    { "CT", "us_state", "state", "Connecticut", 70 },
                    { "DC", "us_state", "district", "District of Columbia", 510 },
                    { "DE", "us_state", "state", "Delaware", 80 },
                    { "FL", "us_state", "state", "Florida", 90 },
                    { "FM", "us_state", "freely_associated", "Federated States of Micronesia", 580 },
                    { "GA", "us_state", "state", "Georgia", 100 },
                    { "GU", "us_state", "territory", "Guam", 530 },
                    { "HI", "us_state", "state", "Hawaii", 110 },
                    { "IA", "us_state", "state", "Iowa", 150 },
                    { "ID", "us_state", "state", "Idaho", 120 },
                    { "IL", "us_state", "state", "Illinois", 130 },
                    { "IN", "us_state", "state", "Indiana", 140 },
                    { "KS", "us_state", "state", "Kansas", 160 },
                    { "KY", "us_state", "state", "Kentucky", 170 },
                    { "LA", "us_state", "state", "Louisiana", 180 },
                    { "MA", "us_state", "state", "Massachusetts", 210 },
                    { "MD", "us_state", "state", "Maryland", 200 },
                    { "ME", "us_state", "state", "Maine", 190 },
                    { "MH", "us_state", "freely_associated", "Marshall Islands", 590 },
                    { "MI", "us_state", "state", "Michigan", 220 },
                    { "MN", "us_state", "state", "Minnesota", 230 },
                    { "MO", "us_state", "state", "Missouri", 250 },
                    { "MP", "us_state", "territory", "Northern Mariana Islands", 540 },
                    { "MS", "us_state", "state", "Mississippi", 240 },
                    { "MT", "us_state", "state", "Montana", 260 },
                    { "NC", "us_state", "state", "North Carolina", 330 },
                    { "ND", "us_state", "state", "North Dakota", 340 },
                    { "NE", "us_state", "state", "Nebraska", 270 },
                    { "NH", "us_state", "state", "New Hampshire", 290 },
                    { "NJ", "us_state", "state", "New Jersey", 300 },
                    { "NM", "us_state", "state", "New Mexico", 310 },
                    { "NV", "us_state", "state", "Nevada", 280 },
                    { "NY", "us_state", "state", "New York", 320 },
                    { "OH", "us_state", "state", "Ohio", 350 },
                    { "OK", "us_state", "state", "Oklahoma", 360 },
                    { "OR", "us_state", "state", "Oregon", 370 },
                    { "PA", "us_state", "state", "Pennsylvania", 380 },
                    { "PR", "us_state", "territory", "Puerto Rico", 550 },
                    { "PW", "us_state", "freely_associated", "Palau", 600 },
                    { "RI", "us_state", "state", "Rhode Island", 390 },
                    { "SC", "us_state", "state", "South Carolina", 400 },
                    { "SD", "us_state", "state", "South Dakota", 410 },
                    { "TN", "us_state", "state", "Tennessee", 420 },
                    { "TX", "us_state", "state", "Texas", 430 },
                    { "UM", "us_state", "territory", "U.S. Minor Outlying Islands", 570 },
                    { "UT", "us_state", "state", "Utah", 440 },
                    { "VA", "us_state", "state", "Virginia", 460 },
                    { "VI", "us_state", "territory", "U.S. Virgin Islands", 560 },
                    { "VT", "us_state", "state", "Vermont", 450 },
                    { "WA", "us_state", "state", "Washington", 470 },
                    { "WI", "us_state", "state", "Wisconsin", 490 },
                    { "WV", "us_state", "state", "West Virginia", 480 },
                    { "WY", "us_state", "state", "Wyoming", 500 },
                    { "No", "yes_no", null, "No", 20 },
                    { "Yes", "yes_no", null, "Yes", 10 }
                });

            migrationBuilder.CreateIndex(
                name: "ix_alternate_state_ids_state_student_record_id_sequence",
                table: "alternate_state_ids",
                columns: new[] { "state_student_record_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_assessments_state_student_record_id_sequence",
                table: "assessments",
                columns: new[] { "state_student_record_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_occurred_at",
                table: "audit_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_state_code",
                table: "audit_events",
                column: "state_code");

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_target_type_target_id",
                table: "audit_events",
                columns: new[] { "target_type", "target_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_user_id",
                table: "audit_events",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_consolidated_students_msix_id",
                table: "consolidated_students",
                column: "msix_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_courses_state_student_record_id_sequence",
                table: "courses",
                columns: new[] { "state_student_record_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_enrollments_state_student_record_id_sequence",
                table: "enrollments",
                columns: new[] { "state_student_record_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_qualifying_moves_state_student_record_id_sequence",
                table: "qualifying_moves",
                columns: new[] { "state_student_record_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_roles_normalized_name",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_state_student_records_consolidated_student_id",
                table: "state_student_records",
                column: "consolidated_student_id");

            migrationBuilder.CreateIndex(
                name: "ix_state_student_records_state_code_state_student_id",
                table: "state_student_records",
                columns: new[] { "state_code", "state_student_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_email",
                table: "users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_user_name",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_state_code",
                table: "users",
                column: "state_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "alternate_state_ids");

            migrationBuilder.DropTable(
                name: "assessments");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "code_set_values");

            migrationBuilder.DropTable(
                name: "courses");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "enrollments");

            migrationBuilder.DropTable(
                name: "qualifying_moves");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "code_sets");

            migrationBuilder.DropTable(
                name: "state_student_records");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "consolidated_students");

            migrationBuilder.DropSequence(
                name: "msix_id_seq");
        }
    }
}
