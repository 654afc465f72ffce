using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Account.Totp;

/// <summary>
/// Records that a TOTP step was used. One conditional UPDATE: the last step only moves forward,
/// so of two requests with the same code (or an older one) exactly one wins (security.md 1, 2, 4).
/// </summary>
public sealed class TotpStepRecorder(PortalDbContext db)
{
    /// <summary>True when <paramref name="step"/> is newer than any step this user used before.</summary>
    public async Task<bool> TryUseAsync(Guid userId, long step, CancellationToken cancellationToken = default)
    {
        var updated = await db.Users
            .Where(u => u.Id == userId && (u.LastTotpStep == null || u.LastTotpStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpStep, step), cancellationToken);
        return updated == 1;
    }
}
