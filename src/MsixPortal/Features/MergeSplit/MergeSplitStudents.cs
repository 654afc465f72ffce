using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.MergeSplit;

/// <summary>A current (not merged-away) consolidated student.</summary>
public sealed record CurrentStudent(long Id, string MsixId);

/// <summary>Look-ups that flagging and deciding share: current students, their States, locks.</summary>
public sealed class MergeSplitStudents(PortalDbContext db)
{
    /// <summary>The students the MSIX IDs name; null (with the reason) when one is unknown or merged away.</summary>
    public async Task<(IReadOnlyList<CurrentStudent>? Students, string? Problem)> CurrentAsync(
        IReadOnlyList<string> msixIds, CancellationToken cancellationToken)
    {
        if (msixIds.Count == 0)
        {
            return (null, "Enter the MSIX IDs.");
        }
        var rows = await db.ConsolidatedStudents.AsNoTracking()
            .Where(s => msixIds.Contains(s.MsixId))
            .Select(s => new { s.Id, s.MsixId, s.MergedIntoStudentId })
            .ToListAsync(cancellationToken);
        var unknown = msixIds.FirstOrDefault(id => rows.All(r => r.MsixId != id));
        if (unknown is not null)
        {
            return (null, $"No record has MSIX ID {unknown}.");
        }
        var mergedAway = rows.FirstOrDefault(r => r.MergedIntoStudentId is not null);
        if (mergedAway is not null)
        {
            return (null, $"MSIX ID {mergedAway.MsixId} was merged into another record: use the master's MSIX ID.");
        }
        return ([.. msixIds.Select(id => rows.First(r => r.MsixId == id)).Select(r => new CurrentStudent(r.Id, r.MsixId))], null);
    }

    /// <summary>The States that submitted records of these students (the flag's scope).</summary>
    public async Task<IReadOnlySet<string>> StatesOfAsync(IReadOnlyList<long> studentIds, CancellationToken cancellationToken) =>
        (await db.StateStudentRecords.Where(r => studentIds.Contains(r.ConsolidatedStudentId))
            .Select(r => r.StateCode).Distinct().ToListAsync(cancellationToken))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The MSIX ID of the first of these students that an unresolved flag locks, or null.</summary>
    public Task<string?> LockedAsync(IReadOnlyList<long> studentIds, CancellationToken cancellationToken) =>
        db.MergeSplitFlagStudents.Where(f => f.IsLocked && studentIds.Contains(f.ConsolidatedStudentId))
            .Join(db.ConsolidatedStudents, f => f.ConsolidatedStudentId, s => s.Id, (f, s) => s.MsixId)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The current MSIX IDs proposed as near matches of these students (either side of the pair), other
    /// than these students themselves: the likely other half of a merge.
    /// </summary>
    public async Task<IReadOnlyList<string>> NearMatchPartnersAsync(IReadOnlyList<long> studentIds, CancellationToken cancellationToken)
    {
        var pairs = await db.NearMatchItems
            .Join(db.StateStudentRecords, n => n.StateStudentRecordId, r => r.Id, (n, r) => new { Incoming = r.ConsolidatedStudentId, Candidate = n.CandidateConsolidatedStudentId })
            .Where(p => studentIds.Contains(p.Incoming) || studentIds.Contains(p.Candidate))
            .ToListAsync(cancellationToken);
        var partners = pairs.SelectMany(p => new[] { p.Incoming, p.Candidate }).Where(id => !studentIds.Contains(id)).Distinct().ToList();
        return await db.ConsolidatedStudents.Where(s => partners.Contains(s.Id) && s.MergedIntoStudentId == null)
            .OrderBy(s => s.MsixId).Select(s => s.MsixId).Take(10).ToListAsync(cancellationToken);
    }
}
