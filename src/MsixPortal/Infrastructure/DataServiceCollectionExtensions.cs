using MsixPortal.Data;
using MsixPortal.Data.MsixIds;

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

        services.AddDbContext<PortalDbContext>(options => options.UsePortalDatabase(connectionString));
        services.AddScoped<MsixIdGenerator>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
