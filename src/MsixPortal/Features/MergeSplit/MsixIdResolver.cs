using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.MergeSplit;

/// <summary>A consolidated student as found by MSIX ID; <see cref="RequestedMsixId"/> differs from <see cref="MsixId"/> after a merge.</summary>
public sealed record ResolvedStudent(long Id, string MsixId, string RequestedMsixId)
{
    public bool WasMergedAway => !string.Equals(MsixId, RequestedMsixId, StringComparison.Ordinal);
}

/// <summary>
/// Finds the student an MSIX ID names today: a merged-away MSIX ID leads to its master (following
/// merges of masters), so old links, bookmarks and searches keep working.
/// </summary>
public sealed class MsixIdResolver(PortalDbContext db)
{
    /// <summary>
    /// Merges of merges are rare; the bound only guards against a corrupt cycle. The record page follows
    /// merges in SQL (Features/Records/RecordDocumentSql.cs) with the same bound.
    /// </summary>
    public const int MaxHops = 20;

    public async Task<ResolvedStudent?> ResolveAsync(string? msixId, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(msixId))
        {
            return null;
        }
        var requested = msixId.Trim();
        var student = await db.ConsolidatedStudents.AsNoTracking()
            .Where(s => s.MsixId == requested)
            .Select(s => new { s.Id, s.MsixId, s.MergedIntoStudentId })
            .FirstOrDefaultAsync(cancellationToken);
        for (var hop = 0; student?.MergedIntoStudentId is { } masterId && hop < MaxHops; hop++)
        {
            student = await db.ConsolidatedStudents.AsNoTracking()
                .Where(s => s.Id == masterId)
                .Select(s => new { s.Id, s.MsixId, s.MergedIntoStudentId })
                .FirstOrDefaultAsync(cancellationToken);
        }
        return student is null ? null : new ResolvedStudent(student.Id, student.MsixId, requested);
    }
}
