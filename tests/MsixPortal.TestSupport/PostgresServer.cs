using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using MsixPortal.Data;
using Npgsql;

namespace MsixPortal.TestSupport;

/// <summary>
/// The real PostgreSQL the tests run against: the server named by MSIX_TEST_DB if set, otherwise a
/// throwaway cluster started from the local PostgreSQL binaries (initdb/pg_ctl) in a temp folder on
/// a free port, removed when the test process exits. A migrated template database is made once;
/// each test fixture gets its own copy of it, so test classes can run in parallel.
/// </summary>
public sealed class PostgresServer
{
    private const string TemplateDatabase = "msix_template";

    /// <summary>
    /// The login role the app under test connects as: not a superuser and not the owner of any
    /// table (superusers bypass grants), so the tests run with the production grants.
    /// </summary>
    public const string AppRole = "msix_app";

    // Test-only credential for the throwaway role; the cluster it lives in is local to the test run.
    private const string AppRolePassword = "msix_app_test";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private static int _databaseCounter;

    private readonly NpgsqlConnectionStringBuilder _admin;
    private readonly string? _clusterDirectory;

    private PostgresServer(NpgsqlConnectionStringBuilder admin, string? clusterDirectory)
    {
        _admin = admin;
        _clusterDirectory = clusterDirectory;
    }

    public static Task<PostgresServer> InstanceAsync() => Shared.Value;

    /// <summary>
    /// Creates a fresh, migrated database and returns the owner's connection string to it; the app
    /// connects with <see cref="AppConnectionStringFrom"/>.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = NewDatabaseName(purpose);
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE {TemplateDatabase}");
        return ConnectionStringFor(name);
    }

    /// <summary>Creates a fresh database with no tables at all (e.g. to test <c>migrate</c>).</summary>
    public async Task<string> CreateEmptyDatabaseAsync(string purpose)
    {
        var name = NewDatabaseName(purpose);
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return ConnectionStringFor(name);
    }

    private static string NewDatabaseName(string purpose) =>
        string.Create(CultureInfo.InvariantCulture,
            $"msix_{purpose.ToLowerInvariant()}_{Environment.ProcessId}_{Interlocked.Increment(ref _databaseCounter)}");

    /// <summary>The superuser and owner: for migrations, resets and arranging test data.</summary>
    /// <remarks>
    /// Idle pooled connections close after a few seconds: each test app (and its background jobs) has
    /// pools of its own, and with hundreds of test apps in one run, idle connections left for Npgsql's
    /// default five minutes exhaust the server's connection slots.
    /// </remarks>
    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_admin.ConnectionString)
        {
            Database = database, Pooling = true, ConnectionIdleLifetime = 5, ConnectionPruningInterval = 2,
        }.ConnectionString;

    /// <summary>The same database as the restricted role the app connects as (ConnectionStrings:Portal).</summary>
    public static string AppConnectionStringFrom(string ownerConnectionString) =>
        new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = AppRole, Password = AppRolePassword }
            .ConnectionString;

    private static async Task<PostgresServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("MSIX_TEST_DB");
        var server = string.IsNullOrWhiteSpace(external)
            ? await StartThrowawayClusterAsync()
            : new PostgresServer(new NpgsqlConnectionStringBuilder(external) { Database = "postgres" }, null);
        await server.CreateTemplateAsync();
        return server;
    }

    /// <summary>
    /// A second, independent throwaway cluster with nothing in it but the <c>postgres</c> superuser
    /// (no app role, no template): what a restore onto a new machine starts from.
    /// </summary>
    public static Task<PostgresServer> StartFreshClusterAsync() => StartThrowawayClusterAsync();

    /// <summary>The restricted login role the app connects as (<see cref="AppRole"/>), as an operator creates it on a new cluster.</summary>
    public Task CreateAppRoleAsync() => EnsureAppRoleAsync();

    private async Task CreateTemplateAsync()
    {
        // Each test process makes its own template, so concurrent runs against MSIX_TEST_DB do not clash.
        await ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateDatabase} WITH (FORCE)");
        await ExecuteAsync($"CREATE DATABASE {TemplateDatabase}");
        await EnsureAppRoleAsync();
        // The real `migrate` path: migrations as the owner, then the app role's grants, which
        // CREATE DATABASE ... TEMPLATE copies into every test database.
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Portal"] = AppConnectionStringFrom(ConnectionStringFor(TemplateDatabase)),
            ["ConnectionStrings:PortalMigrations"] = ConnectionStringFor(TemplateDatabase),
        }).Build();
        await new PortalMigrator(settings).MigrateAsync();
        NpgsqlConnection.ClearAllPools();
    }

    private async Task EnsureAppRoleAsync()
    {
        // Roles are cluster-wide: with MSIX_TEST_DB several test runs may share one, so create it once.
        await ExecuteAsync($"""
            DO $$
            BEGIN
                CREATE ROLE {AppRole} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
            END $$;
            ALTER ROLE {AppRole} PASSWORD '{AppRolePassword}';
            """);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartThrowawayClusterAsync()
    {
        var bin = PostgresBinaries.Find();
        var directory = Directory.CreateTempSubdirectory("msix-pg-").FullName;
        var data = Path.Combine(directory, "data");
        var port = FreePort();
        var runAs = PostgresBinaries.RunAsUser();
        if (runAs is not null)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres system user.
            await RunAsync("chown", ["-R", runAs, directory], null);
        }

        await RunAsync(Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], runAs);
        await RunAsync(Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o",
             $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=600",
             "start"], runAs);

        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopCluster(bin, data, directory, runAs);
        var admin = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres",
        };
        return new PostgresServer(admin, directory);
    }

    private static void StopCluster(string bin, string data, string directory, string? runAs)
    {
        NpgsqlConnection.ClearAllPools();
        RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], runAs)
            .GetAwaiter().GetResult();
        Directory.Delete(directory, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, string? runAs)
    {
        var start = runAs is null ? new ProcessStartInfo(file) : new ProcessStartInfo("runuser", ["-u", runAs, "--", file]);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} failed ({process.ExitCode}): {await error} {await output}");
        }
    }
}
