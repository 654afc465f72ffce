using MsixPortal.Data;
using MsixPortal.Data.MsixIds;
using Npgsql;

namespace MsixPortal.Infrastructure;

public static class DataServiceCollectionExtensions
{
    /// <summary>The name of the connection string the portal reads (ConnectionStrings__Portal).</summary>
    public const string ConnectionStringName = "Portal";

    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Set the PostgreSQL connection string in ConnectionStrings__Portal (see README).");
        }

        // Pooled: every request uses a context (session check, navigation, audit), and a reused
        // context skips building the context's services each time. PortalDbContext holds no
        // per-request state, which pooling requires.
        services.AddDbContextPool<PortalDbContext>(options => options.UsePortalDatabase(WithPortalDefaults(connectionString)));
        services.AddScoped<MsixIdGenerator>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Two Npgsql settings the portal changes from Npgsql's defaults, unless the connection string
    /// sets them itself:
    /// <list type="bullet">
    /// <item><c>Max Auto Prepare=64</c>: a statement is prepared on the server once a connection has
    /// run it a few times, so PostgreSQL plans the statements every page runs (the session check, the
    /// navigation counts, the record, the audit insert) once per connection, not on every request.</item>
    /// <item><c>No Reset On Close=true</c>: otherwise each connection returned to the pool (EF returns it
    /// after every query, several times a page) is reset with a batch of seven statements that
    /// PostgreSQL parses and runs before the next query. The portal keeps no state in a session to
    /// reset: its settings are transaction-local (<c>set_config(…, true)</c>), its locks
    /// transaction-level (<c>pg_advisory_xact_lock</c>) and its temporary tables <c>ON COMMIT DROP</c>.</item>
    /// </list>
    /// </summary>
    public static string WithPortalDefaults(string connectionString)
    {
        // Npgsql's own builder reports every keyword it knows as present: look at what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }
            .Keys.Cast<string>().Select(key => key.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }
        if (!written.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }
}
