using MsixPortal.Infrastructure.Security;
using Serilog.Core;

namespace MsixPortal.Infrastructure;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>Log hygiene: control characters in log properties are neutralised (security.md 29).</summary>
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services)
    {
        services.AddSingleton<ILogEventEnricher, LogInjectionGuard>();
        return services;
    }

    /// <summary>Security headers on every response and a log entry for every 403; first in the pipeline.</summary>
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<AccessDeniedLoggingMiddleware>();
        return app;
    }
}
