using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;

namespace MsixPortal.Features.SyntheticData.Incoming;

/// <summary>Reads a State's stored records back with their child rows, to be resent as updates.</summary>
public static class StoredRecords
{
    public static async Task<List<StateStudentRecord>> ReadAsync(PortalDbContext db, string state, IReadOnlyCollection<string> stateStudentIds,
        CancellationToken cancellationToken = default)
    {
        var records = new List<StateStudentRecord>(stateStudentIds.Count);
        foreach (var chunk in stateStudentIds.Chunk(5000))
        {
            records.AddRange(await db.StateStudentRecords.AsNoTracking().AsSplitQuery()
                .Include(r => r.AlternateIds).Include(r => r.QualifyingMoves).Include(r => r.Enrollments)
                .Include(r => r.Courses).Include(r => r.Assessments)
                .Where(r => r.StateCode == state && chunk.Contains(r.StateStudentId))
                .ToListAsync(cancellationToken));
        }
        return records;
    }
}
