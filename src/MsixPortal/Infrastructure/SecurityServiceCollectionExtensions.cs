using MsixPortal.Infrastructure.Security;
using Serilog.Core;

namespace MsixPortal.Infrastructure;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Log hygiene: control characters in log properties are neutralised (security.md 29); the
    /// client address comes from trusted proxies only (<see cref="TrustedProxies"/>).
    /// </summary>
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services)
    {
        services.AddSingleton<ILogEventEnricher, LogInjectionGuard>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>(TrustedProxies.Configure);
        return services;
    }

    /// <summary>Client address from trusted proxies, security headers on every response and a log entry for every 403; first in the pipeline.</summary>
    public static WebApplication UsePortalSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<AccessDeniedLoggingMiddleware>();
        return app;
    }
}
