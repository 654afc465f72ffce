using Microsoft.EntityFrameworkCore;

namespace MsixPortal.Data;

public static class PortalDbContextOptions
{
    /// <summary>How every PortalDbContext talks to PostgreSQL: the app, the migrator, tests and design time.</summary>
    public static DbContextOptionsBuilder UsePortalDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();

    public static DbContextOptions<PortalDbContext> For(string connectionString) =>
        ((DbContextOptionsBuilder<PortalDbContext>)new DbContextOptionsBuilder<PortalDbContext>()
            .UsePortalDatabase(connectionString)).Options;
}
