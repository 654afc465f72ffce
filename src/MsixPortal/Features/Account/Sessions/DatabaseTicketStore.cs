using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Sessions;

/// <summary>
/// Keeps authentication tickets in PostgreSQL (table user_sessions); the cookie carries only the
/// session ID. Shared by all app instances. The cookie handler is a singleton, so each call opens
/// its own DI scope for the DbContext.
/// </summary>
public sealed class DatabaseTicketStore(
    IServiceScopeFactory scopes,
    IDataProtectionProvider dataProtection,
    TimeProvider clock) : ITicketStore
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("MsixPortal.UserSession.v1");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            UserId = Guid.Parse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
                ?? throw new InvalidOperationException("A session needs the user's ID.")),
            ProtectedTicket = Protect(ticket),
            CreatedAt = now,
            LastRenewedAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc?.UtcDateTime,
        };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id.ToString();
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return;
        }
        var ticketBytes = Protect(ticket);
        var expiresAt = ticket.Properties.ExpiresUtc?.UtcDateTime;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().UserSessions
            .Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.ProtectedTicket, ticketBytes)
                .SetProperty(x => x.ExpiresAt, expiresAt)
                .SetProperty(x => x.LastRenewedAt, now));
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return null;
        }
        await using var scope = scopes.CreateAsyncScope();
        var ticket = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().UserSessions
            .Where(s => s.Id == id)
            .Select(s => s.ProtectedTicket)
            .SingleOrDefaultAsync();
        return ticket is null ? null : TicketSerializer.Default.Deserialize(_protector.Unprotect(ticket));
    }

    public async Task RemoveAsync(string key)
    {
        if (!Guid.TryParse(key, out var id))
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().UserSessions
            .Where(s => s.Id == id)
            .ExecuteDeleteAsync();
    }

    private byte[] Protect(AuthenticationTicket ticket) =>
        _protector.Protect(TicketSerializer.Default.Serialize(ticket));
}
