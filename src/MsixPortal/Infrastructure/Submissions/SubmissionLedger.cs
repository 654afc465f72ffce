using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Infrastructure.Submissions;

/// <summary>The outcome of claiming a key: claimed (do the work), or a replay of the first answer, or neither (still running).</summary>
public sealed record SubmissionClaim(bool Claimed, string? Replay);

/// <summary>
/// The submission_records table: one row per (user, key). The primary key makes the claim atomic:
/// of two identical POSTs arriving together, exactly one inserts the row and does the work.
/// </summary>
public sealed class SubmissionLedger(PortalDbContext db, TimeProvider clock)
{
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Claims the key, or waits (up to 10 s) for the POST that holds it and returns its answer.</summary>
    public async Task<SubmissionClaim> ClaimAsync(Guid userId, Guid key, CancellationToken cancellationToken)
    {
        var waitUntil = DateTime.UtcNow + WaitForFirst;
        while (true)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var inserted = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO submission_records (user_id, submission_key, created_at)
                VALUES ({userId}, {key}, {now})
                ON CONFLICT DO NOTHING
                """, cancellationToken);
            if (inserted == 1)
            {
                return new SubmissionClaim(true, null);
            }
            var location = await db.SubmissionRecords.AsNoTracking()
                .Where(s => s.UserId == userId && s.SubmissionKey == key)
                .Select(s => s.ResultLocation)
                .FirstOrDefaultAsync(cancellationToken);
            if (location is not null)
            {
                return new SubmissionClaim(false, location);
            }
            if (DateTime.UtcNow > waitUntil)
            {
                return new SubmissionClaim(false, null);
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    public Task RecordAsync(Guid userId, Guid key, string location, CancellationToken cancellationToken) =>
        db.SubmissionRecords.Where(s => s.UserId == userId && s.SubmissionKey == key)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.ResultLocation, location), cancellationToken);

    /// <summary>The POST did not succeed (errors shown, or it failed): the same form may be sent again.</summary>
    public Task ReleaseAsync(Guid userId, Guid key, CancellationToken cancellationToken) =>
        db.SubmissionRecords.Where(s => s.UserId == userId && s.SubmissionKey == key && s.ResultLocation == null)
            .ExecuteDeleteAsync(cancellationToken);
}
