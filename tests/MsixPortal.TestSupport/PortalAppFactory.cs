using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Respawn.Graph;
using Serilog.Core;
using Xunit;

namespace MsixPortal.TestSupport;

/// <summary>
/// The portal in-process (WebApplicationFactory) on its own freshly migrated PostgreSQL database.
/// Use as a class fixture; call <see cref="ResetDatabaseAsync"/> to empty the data between tests.
/// </summary>
public class PortalAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Tables that migrations seed (code sets) or that hold infrastructure state.</summary>
    private static readonly Table[] KeptTables =
    [
        "__ef_migrations_history",
    ];

    private Respawner? _respawner;

    public PortalAppFactory()
    {
        // The session cookie is __Host- and Secure: the test client must speak https.
        ClientOptions.BaseAddress = new Uri("https://localhost");
    }

    /// <summary>The database owner (a superuser): for arranging data and resets, never for the app.</summary>
    public string ConnectionString { get; protected set; } = "";

    /// <summary>Every Serilog event this instance of the app wrote.</summary>
    public CapturedLog Log { get; } = new();

    /// <summary>What the app under test connects with: the restricted role of production (security.md 28).</summary>
    public string AppConnectionString { get; protected set; } = "";

    /// <summary>This instance's email pickup folder (Email:PickupDirectory); see <see cref="MailFolder"/>.</summary>
    public MailFolder Mail { get; } = new(Path.Combine(Path.GetTempPath(), $"msix-mail-{Guid.NewGuid():N}"));

    /// <summary>Extra settings for this instance (e.g. rate limits), applied over appsettings.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        ConnectionString = await server.CreateDatabaseAsync(GetType().Name);
        AppConnectionString = PostgresServer.AppConnectionStringFrom(ConnectionString);
    }

    public async Task ResetDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner ??= await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [.. KeptTables, .. CodeSetTables.Names.Select(name => new Table(name))],
        });
        await _respawner.ResetAsync(connection);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Portal", AppConnectionString);
        builder.UseSetting("ConnectionStrings:PortalMigrations", ConnectionString);
        builder.UseSetting("Email:PickupDirectory", Mail.Path);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Mail.Delete();
        // After the app stopped, so that shutdown logging is scanned too.
        LogCanaries.AssertNoneIn(Log);
    }
}
