using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Configuration;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Operations;

/// <summary>
/// security.md 37 (issue 17 point 10): scripts/db-backup.sh backs the database up with pg_dump and
/// restores it with pg_restore into a fresh cluster (its own initdb, port and data folder, as on a
/// new machine), following the script's own instructions: the app role is created, the dump
/// restored, <c>migrate</c> run. Every table has the same rows (count and checksum), the audit
/// trail is the same, and a portal started on the restored database signs the same user in and
/// shows the same record.
/// </summary>
public class BackupRestoreTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task BackupThenRestoreIntoFreshCluster_SameRowsAuditTrailAndSignIns()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX");
        var student = await TestStudents.CreateAsync(factory.Services, "TX", "CA");
        var client = await factory.SignInAsync(account);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/records/{student.MsixId}", UriKind.Relative))).StatusCode);
        var before = await TableChecksumsAsync(factory.ConnectionString);
        var file = Path.Combine(Path.GetTempPath(), $"msix-backup-{Guid.NewGuid():N}.dump");
        var fresh = await PostgresServer.StartFreshClusterAsync();
        await fresh.CreateAppRoleAsync();
        var restored = await fresh.CreateEmptyDatabaseAsync("restored");

        try
        {
            await RunScriptAsync(factory.ConnectionString, "backup", file);
            await RunScriptAsync(restored, "restore", file);
        }
        finally
        {
            File.Delete(file);
        }
        var after = await TableChecksumsAsync(restored);
        await new PortalMigrator(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = PostgresServer.AppConnectionStringFrom(restored),
            ["ConnectionStrings:PortalMigrations"] = restored,
        }).Build()).MigrateAsync();
        await using var portal = new SharedDatabasePortalFactory(restored);
        var signedIn = await portal.SignInAsync(account);
        var record = await HtmlPage.GetAsync(signedIn, $"/records/{student.MsixId}");

        Assert.NotEqual(new NpgsqlConnectionStringBuilder(factory.ConnectionString).Port, new NpgsqlConnectionStringBuilder(restored).Port);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, table => Assert.Equal(table.Value, after[table.Key]));
        Assert.Contains("audit_events", before.Keys);
        Assert.True(before["audit_events"].Rows > 0, "the audit trail should hold the sign-in and the record view");
        Assert.Equal(HttpStatusCode.OK, record.StatusCode);
        Assert.Contains(student.MsixId, record.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    private sealed record TableChecksum(long Rows, string Checksum);

    /// <summary>Row count and an MD5 of every row's text, sorted, of every table of the public schema.</summary>
    private static async Task<Dictionary<string, TableChecksum>> TableChecksumsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var checksums = new Dictionary<string, TableChecksum>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') FROM \"{table}\" t", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            checksums[table] = new TableChecksum(reader.GetInt64(0), reader.GetString(1));
        }
        return checksums;
    }

    private static async Task RunScriptAsync(string connectionString, string command, string file)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "db-backup.sh"), command, file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGHOST"] = target.Host;
        start.Environment["PGPORT"] = target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = target.Username;
        start.Environment["PGPASSWORD"] = target.Password ?? "";
        start.Environment["PGDATABASE"] = target.Database;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"db-backup.sh {command} failed ({process.ExitCode}): {await output} {await error}");
    }
}
