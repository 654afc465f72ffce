using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Search;

namespace MsixPortal.Features.Search;

/// <summary>
/// Keeps criteria in the database under an opaque ID for a short time, for their owner only, so that
/// result URLs carry no PII and any app instance behind the load balancer can serve them. The
/// criteria (names, birth dates) are encrypted with Data Protection (security.md 43): someone who
/// reads the table sees no PII. Expired rows are deleted by the housekeeping job (<see cref="SavedSearchCleanup"/>).
/// </summary>
public sealed class SavedSearchStore(PortalDbContext db, TimeProvider clock, IOptions<SearchOptions> options, IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("MsixPortal.SavedSearchCriteria.v1");

    public async Task<Guid> SaveAsync(SearchCriteria criteria, Guid ownerUserId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var saved = new SavedSearch
        {
            Id = Guid.NewGuid(),
            OwnerUserId = ownerUserId,
            CreatedAt = now,
            ExpiresAt = now.AddMinutes(options.Value.CriteriaLifetimeMinutes),
        };
        saved.Criteria = ProtectorFor(saved.Id, ownerUserId).Protect(JsonSerializer.Serialize(criteria));
        db.SavedSearches.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        return saved.Id;
    }

    /// <summary>The criteria, or null when the ID is unknown, expired, someone else's or not readable (e.g. copied from another row).</summary>
    public async Task<SearchCriteria?> FindAsync(Guid id, Guid ownerUserId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var protectedCriteria = await db.SavedSearches.AsNoTracking()
            .Where(s => s.Id == id && s.OwnerUserId == ownerUserId && s.ExpiresAt >= now)
            .Select(s => s.Criteria)
            .FirstOrDefaultAsync(cancellationToken);
        if (protectedCriteria is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<SearchCriteria>(ProtectorFor(id, ownerUserId).Unprotect(protectedCriteria));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    /// <summary>Bound to the row and its owner: a payload copied into another row or user's search does not open.</summary>
    private IDataProtector ProtectorFor(Guid id, Guid ownerUserId) =>
        _protector.CreateProtector(id.ToString("N"), ownerUserId.ToString("N"));
}
