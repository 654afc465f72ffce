using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// Blocking keys compared byte by byte (collation "C") instead of by the database's language collation:
    /// a key is a code, never shown or sorted for a reader, and every index lookup and insert of a
    /// submission compares keys (about 14,000 lookups per batch of 2,000 records, nine inserts per new
    /// record); a language collation compares through the C library's strcoll, "C" with memcmp. Only the
    /// index is rebuilt (the column's type does not change); the planner's statistics of the column are
    /// gathered again, since changing the collation drops them.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261129010000_MatchKeysInByteOrder")]
    public partial class MatchKeysInByteOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            AlterKeyCollation(migrationBuilder, collation: "C", oldCollation: null);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            AlterKeyCollation(migrationBuilder, collation: null, oldCollation: "C");
        }

        private static void AlterKeyCollation(MigrationBuilder migrationBuilder, string collation, string oldCollation)
        {
            migrationBuilder.AlterColumn<string>(
                name: "key",
                table: "match_keys",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                collation: collation,
                oldClrType: typeof(string),
                oldType: "character varying(80)",
                oldMaxLength: 80,
                oldCollation: oldCollation);
            migrationBuilder.Sql("ANALYZE match_keys;");
        }
    }
}
