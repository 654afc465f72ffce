using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// A school or project name can be searched alone (issue 15): the enrollments whose normalised name
    /// begins with the one typed, through a B-tree on search's normaliser (pattern operators, so that
    /// <c>LIKE 'prefix%'</c> uses it whatever the database's collation). A B-tree rather than a trigram GIN
    /// index: every submission inserts enrollments, and a GIN index would cost each of them far more.
    /// </summary>
    [DbContext(typeof(PortalDbContext))]
    [Migration("20261207223000_SchoolNameSearch")]
    public partial class SchoolNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE INDEX ix_enrollments_school_or_project_name_search ON enrollments (search_normalize(school_or_project_name) text_pattern_ops)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_enrollments_school_or_project_name_search");
        }
    }
}
