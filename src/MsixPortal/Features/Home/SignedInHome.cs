using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Records;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.Home;

/// <summary>A record the user opened lately: enough to find it again, nothing more (no birth date).</summary>
public sealed record RecentRecord(string MsixId, string Name, IReadOnlyList<string> States, DateTime OpenedAt);

/// <summary>GET / for a signed-in user: their work (overdue first), the records they opened lately, a quick search.</summary>
public sealed record SignedInHomeViewModel(string UserName, IReadOnlyList<WorkKindCount> Work, IReadOnlyList<RecentRecord> Recent);

/// <summary>
/// What a signed-in user lands on: the worklist counts of each kind they work on, overdue first, and
/// the last records they opened, read from their own audit trail (record views are audited anyway).
/// </summary>
public sealed class SignedInHome(PortalDbContext db, WorklistService worklists)
{
    public const int RecentCount = 5;

    /// <summary>Views to scan for five distinct records: a user often reopens the same one.</summary>
    private const int RecentViewsScanned = 200;

    public async Task<SignedInHomeViewModel> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var userName = await db.Users.Where(u => u.Id == me).Select(u => u.FullName).SingleOrDefaultAsync(cancellationToken) ?? "";
        var work = (await worklists.CountsByKindAsync(user, cancellationToken))
            .OrderByDescending(k => k.Overdue).ThenByDescending(k => k.Open).ToList();
        return new SignedInHomeViewModel(userName, work, await RecentAsync(me, cancellationToken));
    }

    private async Task<IReadOnlyList<RecentRecord>> RecentAsync(Guid me, CancellationToken cancellationToken)
    {
        var views = await db.AuditEvents.AsNoTracking()
            .Where(e => e.UserId == me && e.Action == AuditActions.RecordViewed && e.TargetType == RecordAudit.TargetType && e.TargetId != null)
            .OrderByDescending(e => e.Id).Take(RecentViewsScanned)
            .Select(e => new { MsixId = e.TargetId!, e.OccurredAt })
            .ToListAsync(cancellationToken);
        var latest = views.DistinctBy(v => v.MsixId).Take(RecentCount).ToList();
        var ids = latest.Select(v => v.MsixId).ToList();
        var records = await db.StateStudentRecords.AsNoTracking()
            .Where(r => ids.Contains(r.ConsolidatedStudent!.MsixId))
            .Select(r => new { r.ConsolidatedStudent!.MsixId, r.FirstName, r.LastName1, r.StateCode, r.LastSubmittedAt })
            .ToListAsync(cancellationToken);
        return latest.Select(view =>
        {
            var held = records.Where(r => r.MsixId.Trim() == view.MsixId).OrderByDescending(r => r.LastSubmittedAt).ToList();
            // A record merged into another since holds no State records: its ID still leads to the survivor.
            var name = held.Count == 0 ? "Merged into another record" : $"{held[0].FirstName} {held[0].LastName1}";
            return new RecentRecord(view.MsixId, name, [.. held.Select(r => r.StateCode).Distinct().Order(StringComparer.Ordinal)], view.OccurredAt);
        }).ToList();
    }
}
