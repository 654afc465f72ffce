using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MsixPortal.Data;

namespace MsixPortal.Infrastructure;

/// <summary>
/// /health/live answers 200 while the process runs; /health/ready also needs the database.
/// Both are anonymous and answer only Healthy/Unhealthy: no details, no PII.
/// </summary>
public static class HealthCheckExtensions
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapPortalHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .AllowAnonymous()
            .DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) })
            .AllowAnonymous()
            .DisableRateLimiting();
        return app;
    }
}
