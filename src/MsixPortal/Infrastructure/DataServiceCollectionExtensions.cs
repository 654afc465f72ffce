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
        services.AddDbContextPool<PortalDbContext>(options => options.UsePortalDatabase(WithAutoPrepare(connectionString)));
        services.AddScoped<MsixIdGenerator>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Npgsql prepares a statement on the server once a connection has run it a few times, so
    /// PostgreSQL plans the statements every page runs (the session check, the navigation counts,
    /// the record, the audit insert) once per connection instead of on every request. Off in
    /// Npgsql by default; a connection string that sets Max Auto Prepare itself wins.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        // Npgsql's own builder reports every keyword it knows as present: look at what was written.
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (written.Keys.Cast<string>().Any(key => key.Replace(" ", "", StringComparison.Ordinal)
            .Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64 }.ConnectionString;
    }
}
