using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.CodeSets;

namespace MsixPortal.Features.Worklists;

/// <summary>A child as a work item shows it: enough for the receiving State to find them.</summary>
public sealed record WorkItemChild(string MsixId, string Name, DateOnly? BirthDate);

/// <summary>Small reads that every work-item page needs: the child, staff names, the State list.</summary>
public sealed class WorkItemLookups(PortalDbContext db)
{
    public async Task<WorkItemChild> ChildAsync(long studentId, CancellationToken cancellationToken)
    {
        var msixId = await db.ConsolidatedStudents.Where(s => s.Id == studentId).Select(s => s.MsixId).FirstAsync(cancellationToken);
        var latest = await db.StateStudentRecords.AsNoTracking()
            .Where(r => r.ConsolidatedStudentId == studentId)
            .OrderByDescending(r => r.LastSubmittedAt)
            .Select(r => new { r.FirstName, r.LastName1, r.BirthDate })
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? new WorkItemChild(msixId, "(no State record)", null)
            : new WorkItemChild(msixId, $"{latest.FirstName} {latest.LastName1}", latest.BirthDate);
    }

    /// <summary>Names of many children at once (a list of work items), from each one's latest State record, as <see cref="ChildAsync"/> gives one.</summary>
    public async Task<IReadOnlyDictionary<long, string>> ChildNamesAsync(IEnumerable<long> studentIds, CancellationToken cancellationToken)
    {
        var ids = studentIds.Distinct().ToList();
        var records = await db.StateStudentRecords.AsNoTracking()
            .Where(r => ids.Contains(r.ConsolidatedStudentId))
            .Select(r => new { r.ConsolidatedStudentId, r.LastSubmittedAt, r.FirstName, r.LastName1 })
            .ToListAsync(cancellationToken);
        return records.GroupBy(r => r.ConsolidatedStudentId)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.LastSubmittedAt) is { } latest ? $"{latest.FirstName} {latest.LastName1}" : "");
    }

    /// <summary>The States holding a record of any of these consolidated students: whose audit trail a side-by-side view belongs in.</summary>
    public async Task<List<string>> StatesHoldingAsync(IEnumerable<long> studentIds, CancellationToken cancellationToken)
    {
        var ids = studentIds.ToList();
        return await db.StateStudentRecords.Where(r => ids.Contains(r.ConsolidatedStudentId))
            .Select(r => r.StateCode).Distinct().ToListAsync(cancellationToken);
    }

    /// <summary>Staff names by user ID (for "who and when"); unknown IDs are left out.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> UserNamesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
    }

    public async Task<IReadOnlyList<(string Code, string Label)>> StatesAsync(CancellationToken cancellationToken)
    {
        var rows = await db.CodeSetValues.AsNoTracking()
            .Where(v => v.CodeSet == CodeSetNames.UsState)
            .OrderBy(v => v.SortOrder)
            .Select(v => new { v.Code, v.Label })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Code, r.Label))];
    }

    public Task<bool> IsStateAsync(string? code, CancellationToken cancellationToken) =>
        db.CodeSetValues.AnyAsync(v => v.CodeSet == CodeSetNames.UsState && v.Code == code, cancellationToken);
}
