using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace MsixPortal.Data.Migrations
{
    /// <inheritdoc />
    public partial class StudentSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StudentSearchSql.Extensions);

            migrationBuilder.CreateTable(
                name: "name_nicknames",
                columns: table => new
                {
                    nickname = table.Column<string>(type: "text", nullable: false),
                    formal_name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_name_nicknames", x => new { x.nickname, x.formal_name });
                });

            migrationBuilder.CreateTable(
                name: "saved_searches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    criteria = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_saved_searches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "search_keys",
                columns: table => new
                {
                    state_student_record_id = table.Column<long>(type: "bigint", nullable: false),
                    consolidated_student_id = table.Column<long>(type: "bigint", nullable: false),
                    state_code = table.Column<string>(type: "text", nullable: false),
                    state_student_id = table.Column<string>(type: "text", nullable: false),
                    sex = table.Column<string>(type: "text", nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    first_name = table.Column<string>(type: "text", nullable: false),
                    last_name = table.Column<string>(type: "text", nullable: false),
                    first_code = table.Column<string>(type: "text", nullable: false),
                    last_code = table.Column<string>(type: "text", nullable: false),
                    first_words = table.Column<string[]>(type: "text[]", nullable: false),
                    formal_names = table.Column<string[]>(type: "text[]", nullable: false),
                    last_words = table.Column<string[]>(type: "text[]", nullable: false),
                    parent_words = table.Column<string[]>(type: "text[]", nullable: false),
                    sound_keys = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_keys", x => x.state_student_record_id);
                    table.ForeignKey(
                        name: "fk_search_keys_state_student_records_state_student_record_id",
                        column: x => x.state_student_record_id,
                        principalTable: "state_student_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "search_name_parts",
                columns: table => new
                {
                    raw = table.Column<string>(type: "text", nullable: false),
                    normalized = table.Column<string>(type: "text", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    words = table.Column<string[]>(type: "text[]", nullable: false),
                    formal_names = table.Column<string[]>(type: "text[]", nullable: false),
                    first_keys = table.Column<string[]>(type: "text[]", nullable: false),
                    last_keys = table.Column<string[]>(type: "text[]", nullable: false),
                    parent_keys = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_search_name_parts", x => x.raw);
                });

            migrationBuilder.InsertData(
                table: "name_nicknames",
                columns: new[] { "formal_name", "nickname" },
                values: new object[,]
                {
                    { "alejandra", "ale" },
                    { "alejandro", "alex" },
                    { "andres", "andy" },
                    { "alberto", "beto" },
                    { "humberto", "beto" },
                    { "roberto", "beto" },
                    { "catalina", "cata" },
                    { "isabel", "chabela" },
                    { "isabel", "chabelo" },
                    { "gonzalo", "chalo" },
                    { "rosario", "charo" },
                    { "salvador", "chava" },
                    { "salvador", "chavo" },
                    { "rosario", "chayo" },
                    { "graciela", "chela" },
                    { "consuelo", "chelo" },
                    { "josemaria", "chema" },
                    { "vicente", "chente" },
                    { "jose", "chepe" },
                    { "jesus", "chucho" },
                    { "jesus", "chuy" },
                    { "jesusa", "chuyita" },
                    { "concepcion", "concha" },
                    { "concepcion", "conchita" },
                    { "cristina", "cristi" },
                    { "refugio", "cuca" },
                    { "refugio", "cuco" },
                    { "daniel", "dani" },
                    { "daniel", "dany" },
                    { "federico", "fede" },
                    { "fernando", "fer" },
                    { "josefina", "fina" },
                    { "gabriela", "gabi" },
                    { "gabriela", "gaby" },
                    { "gregorio", "goyo" },
                    { "isabel", "isa" },
                    { "javier", "javi" },
                    { "juan", "juancho" },
                    { "juan", "juanito" },
                    { "enrique", "kike" },
                    { "francisco", "kiko" },
                    { "eduardo", "lalo" },
                    { "gerardo", "lalo" },
                    { "lorenza", "lencha" },
                    { "leticia", "leti" },
                    { "leticia", "lety" },
                    { "alicia", "licha" },
                    { "dolores", "lola" },
                    { "dolores", "lolita" },
                    { "guadalupe", "lupe" },
                    { "guadalupe", "lupita" },
                    { "manuel", "manny" },
                    { "manuel", "manolo" },
                    { "maria", "mari" },
                    { "mercedes", "meche" },
                    { "guillermo", "memo" },
                    { "monica", "moni" },
                    { "edmundo", "mundo" },
                    { "raymundo", "mundo" },
                    { "ignacio", "nacho" },
                    { "fernando", "nando" },
                    { "natalia", "nati" },
                    { "ernesto", "neto" },
                    { "nicolas", "nico" },
                    { "francisco", "paco" },
                    { "francisca", "panchita" },
                    { "francisco", "pancho" },
                    { "francisca", "paquita" },
                    { "patricia", "pati" },
                    { "patricia", "paty" },
                    { "josefa", "pepa" },
                    { "jose", "pepe" },
                    { "jose", "pepito" },
                    { "pilar", "pili" },
                    { "leopoldo", "polo" },
                    { "alfonso", "poncho" },
                    { "enrique", "quique" },
                    { "rafael", "rafa" },
                    { "rodrigo", "rodri" },
                    { "rosa", "rosy" },
                    { "santiago", "santi" },
                    { "anastasio", "tacho" },
                    { "gustavo", "tavo" },
                    { "hortensia", "tencha" },
                    { "teresa", "tere" },
                    { "antonio", "toni" },
                    { "antonio", "tono" },
                    { "veronica", "vero" },
                    { "yolanda", "yoli" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_saved_searches_expires_at",
                table: "saved_searches",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_search_keys_birth_date",
                table: "search_keys",
                column: "birth_date");

            migrationBuilder.CreateIndex(
                name: "ix_search_keys_consolidated_student_id",
                table: "search_keys",
                column: "consolidated_student_id");

            migrationBuilder.CreateIndex(
                name: "ix_search_keys_first_name",
                table: "search_keys",
                column: "first_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_search_keys_last_name",
                table: "search_keys",
                column: "last_name")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_search_keys_sound_keys",
                table: "search_keys",
                column: "sound_keys")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_search_keys_state_student_id",
                table: "search_keys",
                column: "state_student_id");

            migrationBuilder.Sql(StudentSearchSql.Functions);
            migrationBuilder.Sql("SELECT search_keys_rebuild();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(StudentSearchSql.DropFunctions);

            migrationBuilder.DropTable(
                name: "name_nicknames");

            migrationBuilder.DropTable(
                name: "saved_searches");

            migrationBuilder.DropTable(
                name: "search_keys");

            migrationBuilder.DropTable(
                name: "search_name_parts");
        }
    }
}
