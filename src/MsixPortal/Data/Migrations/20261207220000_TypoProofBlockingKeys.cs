using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// Two more blocking keys (<c>BlockingKeys</c>, docs/submissions/linking.md, issue 15): the birth date +
    /// the initials of the first name's and a surname's sound codes, as an unordered pair ("I|"), and the
    /// first name's and all the surnames' sound codes + the birth year ("N|"). The stored records' keys are
    /// made from their first-name ("F|") and surname ("L|") keys and birth dates, exactly as the C# code
    /// makes them (sound codes are capital letters, compared byte by byte, and never contain '|').
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207220000_TypoProofBlockingKeys")]
    public partial class TypoProofBlockingKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                WITH f AS (
                  SELECT state_student_record_id AS id, split_part(key, '|', 2) COLLATE "C" AS code FROM match_keys WHERE key LIKE 'F|%'),
                l AS (
                  SELECT DISTINCT state_student_record_id AS id, split_part(key, '|', 2) COLLATE "C" AS code FROM match_keys WHERE key LIKE 'L|%'),
                surnames AS (
                  SELECT id, string_agg(code, '' ORDER BY code) AS codes FROM l GROUP BY id)
                INSERT INTO match_keys (key, state_student_record_id)
                SELECT DISTINCT 'I|' || to_char(r.birth_date, 'YYYYMMDD') || '|'
                       || CASE WHEN left(f.code, 1) <= left(l.code, 1) THEN left(f.code, 1) || left(l.code, 1)
                               ELSE left(l.code, 1) || left(f.code, 1) END,
                       f.id
                FROM f JOIN l ON l.id = f.id JOIN state_student_records r ON r.id = f.id
                UNION ALL
                SELECT 'N|' || f.code || '|' || s.codes || '|' || to_char(r.birth_date, 'YYYY'), f.id
                FROM f JOIN surnames s ON s.id = f.id JOIN state_student_records r ON r.id = f.id;
                """);
            migrationBuilder.Sql("VACUUM (ANALYZE) match_keys", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM match_keys WHERE key LIKE 'I|%' OR key LIKE 'N|%'");
        }
    }
}
