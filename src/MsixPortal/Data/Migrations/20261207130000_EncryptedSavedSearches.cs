using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// Saved search criteria are stored encrypted with Data Protection (text, no longer JSON). The
    /// rows in plain text are deleted: they live 30 minutes and hold names and birth dates.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207130000_EncryptedSavedSearches")]
    public partial class EncryptedSavedSearches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM saved_searches;");
            migrationBuilder.AlterColumn<string>(
                name: "criteria",
                table: "saved_searches",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "jsonb");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The encrypted rows cannot become JSON: they go (they live 30 minutes anyway).
            migrationBuilder.Sql("""
                DELETE FROM saved_searches;
                ALTER TABLE saved_searches ALTER COLUMN criteria TYPE jsonb USING criteria::jsonb;
                """);
        }
    }
}
