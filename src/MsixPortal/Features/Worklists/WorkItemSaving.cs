using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Worklists;

/// <summary>Saving a change to a work item whose xmin guards against a user who acted first.</summary>
public static class WorkItemSaving
{
    /// <summary>Done, or Conflict when the row changed since it was read (nothing of this change is kept).</summary>
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
    }
}
