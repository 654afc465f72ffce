using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// match_keys without its foreign key to state_student_records: the check cost about a third of each
    /// key's insert, and a submission writes about nine keys per record. Keys are written only for records
    /// written in the same transaction (MatchKeyWriter, the generator's loader); the cascade the foreign key
    /// gave is a statement trigger now, one set-based delete per deleting statement.
    /// </summary>
    public partial class MatchKeysWithoutForeignKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_match_keys_state_student_records_state_student_record_id",
                table: "match_keys");
            migrationBuilder.Sql("""
                CREATE FUNCTION match_keys_of_deleted_records() RETURNS trigger
                LANGUAGE plpgsql
                AS $fn$
                BEGIN
                  DELETE FROM match_keys k USING deleted_records d WHERE k.state_student_record_id = d.id;
                  RETURN NULL;
                END
                $fn$;

                CREATE TRIGGER match_keys_of_deleted_records AFTER DELETE ON state_student_records
                REFERENCING OLD TABLE AS deleted_records
                FOR EACH STATEMENT EXECUTE FUNCTION match_keys_of_deleted_records();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER match_keys_of_deleted_records ON state_student_records;
                DROP FUNCTION match_keys_of_deleted_records();
                """);
            migrationBuilder.AddForeignKey(
                name: "fk_match_keys_state_student_records_state_student_record_id",
                table: "match_keys",
                column: "state_student_record_id",
                principalTable: "state_student_records",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
