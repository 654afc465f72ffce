using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Infrastructure.Submissions;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Housekeeping;

/// <summary>Form submission keys older than the retention (7 days by default) are deleted; newer ones still replay.</summary>
public class SubmissionKeyCleanupTests(HousekeepingAppFactory factory) : IClassFixture<HousekeepingAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DeleteExpired_KeysOlderThanRetention_DeletedNewerKeptAndStillReplayed()
    {
        var user = await TestAccounts.CreateAsync(factory.Services, [], "TX");
        var (old, recent) = (Guid.NewGuid(), Guid.NewGuid());
        await UseKeyAsync(user.Id, old);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await UseKeyAsync(user.Id, recent);
        factory.Clock.Advance(TimeSpan.FromDays(6));

        int deleted;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            deleted = await scope.ServiceProvider.GetRequiredService<SubmissionKeyCleanup>().DeleteExpiredAsync(CancellationToken.None);
        }

        Assert.Equal(1, deleted);
        await using var check = factory.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal([recent], await db.SubmissionRecords.Select(s => s.SubmissionKey).ToListAsync());
        var replay = await check.ServiceProvider.GetRequiredService<SubmissionLedger>().ClaimAsync(user.Id, recent, CancellationToken.None);
        Assert.Equal("/done", replay.Replay);
    }

    private async Task UseKeyAsync(Guid userId, Guid key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<SubmissionLedger>();
        Assert.True((await ledger.ClaimAsync(userId, key, CancellationToken.None)).Claimed);
        await ledger.RecordAsync(userId, key, "/done", CancellationToken.None);
    }
}

/// <summary>The background service runs the jobs on its own, every interval.</summary>
public class HousekeepingProcessorTests(FastHousekeepingAppFactory factory) : IClassFixture<FastHousekeepingAppFactory>
{
    [Fact]
    public async Task Processor_Running_DeletesExpiredKeysWithoutBeingAsked()
    {
        var user = await TestAccounts.CreateAsync(factory.Services, [], "TX");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.SubmissionRecords.Add(new() { UserId = user.Id, SubmissionKey = Guid.NewGuid(), CreatedAt = DateTime.UtcNow.AddDays(-30), ResultLocation = "/done" });
        await db.SaveChangesAsync();

        var gone = false;
        for (var attempt = 0; attempt < 100 && !gone; attempt++)
        {
            await Task.Delay(100);
            gone = !await db.SubmissionRecords.AnyAsync(s => s.UserId == user.Id);
        }

        Assert.True(gone, "The housekeeping service did not delete the 30-day-old key within 10 s.");
    }
}
