using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.MsixIds;

namespace MsixPortal.Features.Records;

/// <summary>Loads one consolidated student with all its State records and their rows.</summary>
public sealed class RecordLoader(PortalDbContext db)
{
    /// <summary>The record for <paramref name="msixId"/>, or null for a malformed or unknown MSIX ID.</summary>
    public async Task<ConsolidatedRecord?> LoadAsync(string msixId, CancellationToken cancellationToken)
    {
        if (!MsixId.IsValid(msixId))
        {
            return null;
        }
        // Split queries: one per kind of row, rather than one join that multiplies courses by enrollments.
        var student = await db.ConsolidatedStudents
            .AsNoTracking()
            .AsSplitQuery()
            .Where(s => s.MsixId == msixId)
            .Include(s => s.StateRecords).ThenInclude(r => r.AlternateIds)
            .Include(s => s.StateRecords).ThenInclude(r => r.QualifyingMoves)
            .Include(s => s.StateRecords).ThenInclude(r => r.Enrollments)
            .Include(s => s.StateRecords).ThenInclude(r => r.Courses)
            .Include(s => s.StateRecords).ThenInclude(r => r.Assessments)
            .SingleOrDefaultAsync(cancellationToken);
        // A consolidated student without State records (all split away) has nothing to show.
        return student is null || student.StateRecords.Count == 0 ? null : new ConsolidatedRecord(student.MsixId, student.StateRecords);
    }
}
