using Microsoft.EntityFrameworkCore;
using MsixPortal.Infrastructure;
using Npgsql;

namespace MsixPortal.Data;

/// <summary>
/// Applies the EF migrations as the database owner (ConnectionStrings:PortalMigrations, defaulting
/// to ConnectionStrings:Portal), then grants the application's role (the user name in
/// ConnectionStrings:Portal) what <see cref="AppRoleGrants"/> allows. When both connection strings
/// use the same user the app owns the schema and the audit trail is not append-only for it: fine
/// for a developer's machine, never for a shared or production database.
/// </summary>
public sealed class PortalMigrator(IConfiguration configuration)
{
    public const string MigrationsConnectionStringName = "PortalMigrations";

    /// <summary>Migrates and grants; returns the app role that was granted, or null if it is the owner.</summary>
    public async Task<string?> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var appConnectionString = configuration.GetConnectionString(DataServiceCollectionExtensions.ConnectionStringName)
            ?? throw new InvalidOperationException("ConnectionStrings:Portal is not set.");
        var ownerConnectionString = configuration.GetConnectionString(MigrationsConnectionStringName);
        if (string.IsNullOrWhiteSpace(ownerConnectionString))
        {
            ownerConnectionString = appConnectionString;
        }

        await using (var db = new PortalDbContext(PortalDbContextOptions.For(ownerConnectionString)))
        {
            // A migration that rewrites a table's rows (match keys) runs for minutes at a million students.
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await db.Database.MigrateAsync(cancellationToken);
        }

        var appRole = new NpgsqlConnectionStringBuilder(appConnectionString).Username;
        var ownerRole = new NpgsqlConnectionStringBuilder(ownerConnectionString).Username;
        if (string.IsNullOrEmpty(appRole) || string.Equals(appRole, ownerRole, StringComparison.Ordinal))
        {
            return null;
        }
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await AppRoleGrants.ApplyAsync(connection, appRole, cancellationToken);
        return appRole;
    }
}
