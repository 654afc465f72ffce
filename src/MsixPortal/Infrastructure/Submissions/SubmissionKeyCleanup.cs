using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Infrastructure.Housekeeping;

namespace MsixPortal.Infrastructure.Submissions;

/// <summary>
/// Deletes form submission keys older than the retention (<c>Housekeeping:SubmissionKeyRetention</c>):
/// a double submit comes seconds apart, so old keys only make the table (and its claims) slower.
/// </summary>
public sealed class SubmissionKeyCleanup(PortalDbContext db, IOptions<HousekeepingOptions> options, TimeProvider clock)
{
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.SubmissionKeyRetention;
        return db.SubmissionRecords.Where(s => s.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
