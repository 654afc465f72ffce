using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Operations;

/// <summary>
/// `MsixPortal migrate` with ConnectionStrings:PortalMigrations (owner) and ConnectionStrings:Portal
/// (the app's restricted role): the app role may use every table but only append to the audit trail.
/// </summary>
public class MigrateGrantsTests
{
    [Fact]
    public async Task Migrate_WithSeparateAppRole_GrantsAppendOnlyAuditTrail()
    {
        var server = await PostgresServer.InstanceAsync();
        var owner = await server.CreateEmptyDatabaseAsync("migrate_grants");
        var app = PostgresServer.AppConnectionStringFrom(owner);

        var run = await PortalExecutable.RunWithSettingsAsync(new Dictionary<string, string>
        {
            ["ConnectionStrings__Portal"] = app,
            ["ConnectionStrings__PortalMigrations"] = owner,
        }, "migrate");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"role {PostgresServer.AppRole} granted", run.Output, StringComparison.Ordinal);
        Assert.Equal("SELECT,INSERT", await PrivilegesAsync(app, "audit_events"));
        Assert.Equal("SELECT,INSERT,UPDATE,DELETE", await PrivilegesAsync(app, "users"));
    }

    private static async Task<string> PrivilegesAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT string_agg(p, ',' ORDER BY o) FROM unnest(
                ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE']) WITH ORDINALITY AS t(p, o)
            WHERE has_table_privilege(current_user, @table, p)
            """, connection);
        command.Parameters.AddWithValue("table", table);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
