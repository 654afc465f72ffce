using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Recertification;

/// <summary>The Rules of Behavior text in force: the latest published version.</summary>
public sealed class RulesOfBehavior(PortalDbContext db, TimeProvider clock)
{
    public async Task<RulesOfBehaviorVersion> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.RulesOfBehaviorVersions.AsNoTracking()
            .Where(r => r.PublishedAt <= now)
            .OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
            .FirstAsync(cancellationToken);
    }
}
