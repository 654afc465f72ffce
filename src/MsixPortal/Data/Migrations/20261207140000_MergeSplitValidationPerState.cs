using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// A merge or split moves records only with the consent of each State whose records move
    /// (security.md 41): the States that validated a flag so far. Flags already pending start with none.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207140000_MergeSplitValidationPerState")]
    public partial class MergeSplitValidationPerState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE merge_split_flags ADD validated_state_codes text[] NOT NULL DEFAULT '{}';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "validated_state_codes", table: "merge_split_flags");
        }
    }
}
