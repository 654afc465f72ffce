using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Search;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Housekeeping;

/// <summary>security.md 43: the housekeeping job deletes saved search criteria when they expire, without waiting for another search.</summary>
public class SavedSearchCleanupTests(FastHousekeepingAppFactory factory) : IClassFixture<FastHousekeepingAppFactory>
{
    [Fact]
    public async Task Processor_Running_DeletesExpiredSavedSearchesAndKeepsCurrentOnes()
    {
        var owner = await TestAccounts.CreateAsync(factory.Services, [], "TX");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var (expired, current) = (Guid.NewGuid(), Guid.NewGuid());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.SavedSearches.AddRange(
            new SavedSearch { Id = expired, OwnerUserId = owner.Id, Criteria = "x", CreatedAt = now.AddMinutes(-31), ExpiresAt = now.AddMinutes(-1) },
            new SavedSearch { Id = current, OwnerUserId = owner.Id, Criteria = "x", CreatedAt = now, ExpiresAt = now.AddMinutes(30) });
        await db.SaveChangesAsync();

        var gone = false;
        for (var attempt = 0; attempt < 100 && !gone; attempt++)
        {
            await Task.Delay(100);
            gone = !await db.SavedSearches.AnyAsync(s => s.Id == expired);
        }

        Assert.True(gone, "The housekeeping service did not delete the expired saved search within 10 s.");
        Assert.True(await db.SavedSearches.AnyAsync(s => s.Id == current));
    }
}
