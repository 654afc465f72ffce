using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MsixPortal.Data.Migrations
{
    /// <summary>
    /// OAuth 2.0 for the submissions API: a client's secrets in their own table (up to two active, for
    /// rotation; the existing secret is moved there) and the bearer tokens the token endpoint issues.
    /// </summary>
    public partial class ApiOAuthTokensAndSecrets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_client_secrets",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    api_client_id = table.Column<long>(type: "bigint", nullable: false),
                    secret_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_client_secrets", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_client_secrets_api_clients_api_client_id",
                        column: x => x.api_client_id,
                        principalTable: "api_clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Each existing client keeps its secret, now its first of up to two.
            migrationBuilder.Sql("""
                INSERT INTO api_client_secrets (api_client_id, secret_hash, created_at)
                SELECT id, secret_hash, created_at FROM api_clients
                """);
            migrationBuilder.DropColumn(
                name: "secret_hash",
                table: "api_clients");

            migrationBuilder.CreateTable(
                name: "api_access_tokens",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    api_client_id = table.Column<long>(type: "bigint", nullable: false),
                    api_client_secret_id = table.Column<long>(type: "bigint", nullable: false),
                    scopes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issued_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_access_tokens", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_access_tokens_api_client_secrets_api_client_secret_id",
                        column: x => x.api_client_secret_id,
                        principalTable: "api_client_secrets",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_api_access_tokens_api_clients_api_client_id",
                        column: x => x.api_client_id,
                        principalTable: "api_clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_access_tokens_api_client_id",
                table: "api_access_tokens",
                column: "api_client_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_access_tokens_api_client_secret_id",
                table: "api_access_tokens",
                column: "api_client_secret_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_access_tokens_token_hash",
                table: "api_access_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_client_secrets_api_client_id",
                table: "api_client_secrets",
                column: "api_client_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "secret_hash",
                table: "api_clients",
                type: "text",
                nullable: false,
                defaultValue: "");

            // Back to one secret a client: the oldest active one.
            migrationBuilder.Sql("""
                UPDATE api_clients c SET secret_hash = s.secret_hash
                FROM (SELECT DISTINCT ON (api_client_id) api_client_id, secret_hash FROM api_client_secrets
                      WHERE revoked_at IS NULL ORDER BY api_client_id, id) s
                WHERE s.api_client_id = c.id
                """);

            migrationBuilder.DropTable(
                name: "api_access_tokens");

            migrationBuilder.DropTable(
                name: "api_client_secrets");
        }
    }
}
