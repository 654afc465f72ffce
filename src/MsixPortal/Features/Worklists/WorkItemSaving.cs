using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using Npgsql;

namespace MsixPortal.Features.Worklists;

/// <summary>Saving a change to a work item whose xmin guards against a user who acted first.</summary>
public static class WorkItemSaving
{
    /// <summary>Done, or Conflict when the row changed since it was read, or a concurrent change inserted the same key (nothing of this change is kept).</summary>
    public static async Task<WorkItemOutcome> SaveWorkItemAsync(this PortalDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WorkItemOutcome.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkItemOutcome.Conflict;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two answers at once: the loser's attachment (keyed by the request) meets the winner's
            // before its xmin check does. The same conflict, found by the unique key.
            return WorkItemOutcome.Conflict;
        }
    }
}
