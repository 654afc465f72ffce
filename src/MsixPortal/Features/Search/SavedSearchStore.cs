using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Search;

namespace MsixPortal.Features.Search;

/// <summary>
/// Keeps criteria in the database under an opaque ID for a short time, for their owner only, so that
/// result URLs carry no PII and any app instance behind the load balancer can serve them.
/// </summary>
public sealed class SavedSearchStore(PortalDbContext db, TimeProvider clock, IOptions<SearchOptions> options)
{
    public async Task<Guid> SaveAsync(SearchCriteria criteria, Guid ownerUserId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SavedSearches.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        var saved = new SavedSearch
        {
            Id = Guid.NewGuid(),
            OwnerUserId = ownerUserId,
            Criteria = JsonSerializer.Serialize(criteria),
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(options.Value.CriteriaLifetimeMinutes),
        };
        db.SavedSearches.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        return saved.Id;
    }

    /// <summary>The criteria, or null when the ID is unknown, expired or someone else's.</summary>
    public async Task<SearchCriteria?> FindAsync(Guid id, Guid ownerUserId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var json = await db.SavedSearches.AsNoTracking()
            .Where(s => s.Id == id && s.OwnerUserId == ownerUserId && s.ExpiresAt >= now)
            .Select(s => s.Criteria)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : JsonSerializer.Deserialize<SearchCriteria>(json);
    }
}
