using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// A decided near match remembers the temporary MSIX ID its record had (issue 18): a match keeps
    /// that consolidated student, merged into the candidate, so the temporary MSIX ID leads there instead
    /// of "Page not found". Items decided before keep null (their temporary student was deleted, so a
    /// foreign key could not be added to them; the column is only read to show the MSIX ID).
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207190000_NearMatchProvisionalStudent")]
    public partial class NearMatchProvisionalStudent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "provisional_student_id",
                table: "near_match_items",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "provisional_student_id", table: "near_match_items");
        }
    }
}
