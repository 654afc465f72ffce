using System.Security.Claims;

namespace MsixPortal.Infrastructure.Security;

/// <summary>
/// Logs every 403 with the user, client IP and UTC time (security.md 29), whichever policy,
/// handler or action produced it.
/// </summary>
public sealed class AccessDeniedLoggingMiddleware(RequestDelegate next, ILogger<AccessDeniedLoggingMiddleware> logger,
    TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status403Forbidden)
        {
            logger.LogWarning(
                "Access denied: {Method} {Path} for user {UserId} from {ClientIp} at {OccurredAtUtc:O}",
                context.Request.Method,
                context.Request.Path.Value,
                context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "anonymous",
                context.Connection.RemoteIpAddress?.ToString(),
                clock.GetUtcNow().UtcDateTime);
        }
    }
}
