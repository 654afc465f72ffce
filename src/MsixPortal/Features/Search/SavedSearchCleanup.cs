using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Search;

/// <summary>
/// Deletes saved search criteria once they expire (run by the housekeeping job), so that what a
/// user typed is not kept a moment longer than its results page needs it (security.md 43).
/// </summary>
public sealed class SavedSearchCleanup(PortalDbContext db, TimeProvider clock)
{
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.SavedSearches.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
    }
}
