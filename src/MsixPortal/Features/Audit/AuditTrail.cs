using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
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
        IEnumerable<string?>? concerns = null,
        CancellationToken cancellationToken = default)
    {
        var row = Create(action, targetType, targetId, detail, userId, concerns: concerns);
        if (row.StateCode is null && userId is not null)
        {
            // Before sign-in there is no State claim: the event belongs to the account's State, so
            // that the State's administrators see their users' failed sign-ins and lockouts.
            row.StateCode = await db.Users.Where(u => u.Id == userId).Select(u => u.StateCode)
                .FirstOrDefaultAsync(cancellationToken);
        }
        db.Add(row);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Builds the row without saving, for callers that save it in their own transaction.
    /// <c>userId</c>: who acted, when not the signed-in user (e.g. a failed sign-in's account).
    /// <c>stateCode</c>: the State the event belongs to (e.g. the target account's); defaults to the actor's.
    /// <c>concerns</c>: every State whose records or accounts the event concerns (e.g. each State holding
    /// a viewed record); each of them sees the row. When the actor has no State (a national
    /// administrator) and none is given, the row is filed under the first of them.
    /// </summary>
    public AuditEvent Create(string action, string? targetType = null, string? targetId = null,
        string? detail = null, Guid? userId = null, string? stateCode = null, IEnumerable<string?>? concerns = null)
    {
        var http = httpContextAccessor.HttpContext;
        var user = http?.User;
        var signedInId = user?.FindFirstValue(ClaimTypes.NameIdentifier);
        string[] concerned = [.. (concerns ?? []).Append(stateCode).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return new AuditEvent
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            UserId = userId ?? (Guid.TryParse(signedInId, out var id) ? id : null),
            UserRoles = user?.Identity?.IsAuthenticated == true
                ? string.Join(',', user.FindAll(ClaimTypes.Role).Select(c => c.Value))
                : null,
            StateCode = stateCode ?? user?.FindFirstValue(PortalClaimTypes.StateCode) ?? concerned.FirstOrDefault(),
            ConcernedStateCodes = concerned,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Detail = detail,
            ClientIp = http?.Connection.RemoteIpAddress?.ToString(),
            CorrelationId = http?.TraceIdentifier,
        };
    }
}
