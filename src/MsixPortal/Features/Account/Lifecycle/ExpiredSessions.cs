using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;

namespace MsixPortal.Features.Account.Lifecycle;

/// <summary>Deletes session rows that can no longer be used (idle-expired or past the absolute limit).</summary>
public sealed class ExpiredSessions(PortalDbContext db, IOptions<AccountOptions> options, TimeProvider clock)
{
    public async Task<int> DeleteAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var oldestAllowed = now - options.Value.AbsoluteTimeout;
        return await db.UserSessions
            .Where(s => s.ExpiresAt < now || s.CreatedAt < oldestAllowed)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
