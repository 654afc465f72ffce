using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// Linking's blocking keys (<c>BlockingKeys</c>, docs/submissions/linking.md) file fewer candidates: for a
    /// birth date with one wrong digit, first name + surname + year and month, and + year and day, instead
    /// of + year (a block of every namesake born that year: half of all the candidates a submission read);
    /// no parent's first name + birth date key (the surname keys find the same children). The new keys of
    /// the stored records are made from their year keys and birth dates, exactly as the C# code makes them
    /// (sound codes never contain '|').
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261128220000_NarrowerBlockingKeys")]
    public partial class NarrowerBlockingKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                INSERT INTO match_keys (key, state_student_record_id)
                SELECT p.prefix || split_part(k.key, '|', 2) || '|' || split_part(k.key, '|', 3) || '|' || to_char(r.birth_date, p.format),
                       k.state_student_record_id
                FROM match_keys k
                JOIN state_student_records r ON r.id = k.state_student_record_id
                CROSS JOIN (VALUES ('M|', 'YYYYMM'), ('A|', 'YYYYDD')) AS p(prefix, format)
                WHERE k.key LIKE 'Y|%';
                DELETE FROM match_keys WHERE key LIKE 'Y|%' OR key LIKE 'P|%';
                """);
            // Two fifths of the rows changed: without a vacuum every lookup would step over the dead index entries.
            migrationBuilder.Sql("VACUUM (ANALYZE) match_keys", suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The year keys come back; the parent keys do not (their sound codes are made in C# only), so
            // after going down, the records of parents' names alone are not found until filed again.
            migrationBuilder.Sql("""
                INSERT INTO match_keys (key, state_student_record_id)
                SELECT 'Y|' || split_part(k.key, '|', 2) || '|' || split_part(k.key, '|', 3) || '|' || to_char(r.birth_date, 'YYYY'),
                       k.state_student_record_id
                FROM match_keys k
                JOIN state_student_records r ON r.id = k.state_student_record_id
                WHERE k.key LIKE 'M|%';
                DELETE FROM match_keys WHERE key LIKE 'M|%' OR key LIKE 'A|%';
                """);
        }
    }
}
