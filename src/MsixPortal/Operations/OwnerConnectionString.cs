using MsixPortal.Data;
using MsixPortal.Infrastructure;

namespace MsixPortal.Operations;

/// <summary>
/// The connection for commands that load data in bulk: the schema owner (ConnectionStrings:PortalMigrations)
/// when set, so the load may rebuild indexes, else the app's own connection (ConnectionStrings:Portal).
/// </summary>
internal static class OwnerConnectionString
{
    public static string From(IConfiguration configuration)
    {
        var owner = configuration.GetConnectionString(PortalMigrator.MigrationsConnectionStringName);
        return !string.IsNullOrWhiteSpace(owner)
            ? owner
            : configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName)
              ?? throw new InvalidOperationException("Set the PostgreSQL connection string in ConnectionStrings__Portal.");
    }
}
