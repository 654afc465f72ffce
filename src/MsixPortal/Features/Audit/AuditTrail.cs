using System.Security.Claims;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Audit;

namespace MsixPortal.Features.Audit;

/// <summary>
/// Writes audit rows for the current request's user. Callers pass IDs and non-PII detail only.
/// </summary>
public class AuditTrail(PortalDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock)
{
    public async Task RecordAsync(
        string action,
        string? targetType = null,
        string? targetId = null,
        string? detail = null,
        Guid? userId = null,
        CancellationToken cancellationToken = default)
    {
        db.Add(Create(action, targetType, targetId, detail, userId));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Builds the row without saving, for callers that save it in their own transaction.</summary>
    public AuditEvent Create(string action, string? targetType = null, string? targetId = null,
        string? detail = null, Guid? userId = null)
    {
        var http = httpContextAccessor.HttpContext;
        var user = http?.User;
        var signedInId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        return new AuditEvent
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            UserId = userId ?? (Guid.TryParse(signedInId, out var id) ? id : null),
            UserRoles = user?.Identity?.IsAuthenticated == true
                ? string.Join(',', user.FindAll(ClaimTypes.Role).Select(c => c.Value))
                : null,
            StateCode = user?.FindFirstValue(PortalClaimTypes.StateCode),
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Detail = detail,
            ClientIp = http?.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = http?.TraceIdentifier,
        };
    }
}
