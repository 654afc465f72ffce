using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.HelpDesk;
using MsixPortal.Features.MoveNotices;

namespace MsixPortal.Features.Worklists;

/// <summary>
/// A user's worklist: the open work of their State that they may act on, shared by the State's
/// administrators (anyone eligible sees it; "assign to me" says who is on it). Overdue first, then oldest.
/// </summary>
public sealed class WorklistService(
    PortalDbContext db, NoticeRouting routing, WorkItemLookups lookups, HelpDeskWork helpDesk, TimeProvider clock)
{
    private const int PerKindLimit = 500;

    public async Task<WorklistViewModel> ListAsync(ClaimsPrincipal user, WorklistFilterInputModel filter, CancellationToken cancellationToken)
    {
        var items = await ItemsAsync(user, cancellationToken);
        var me = user.UserId();
        var shown = items
            .Where(i => string.IsNullOrEmpty(filter.Kind) || i.Kind == filter.Kind)
            .Where(i => filter.Assigned switch { "mine" => i.AssignedToUserId == me, "unassigned" => i.AssignedToUserId is null, _ => true })
            .ToList();
        var names = await lookups.UserNamesAsync(shown.Select(i => i.AssignedToUserId), cancellationToken);
        var named = shown.Select(i => i with { AssignedTo = i.AssignedToUserId is { } a ? names.GetValueOrDefault(a) : null })
            .OrderByDescending(i => i.Urgent).ThenByDescending(i => i.IsOverdue).ThenBy(i => i.DueOn ?? DateOnly.MaxValue)
            .ThenBy(i => i.CreatedAt).ToList();
        return new WorklistViewModel(named, filter, named.Count(i => i.IsOverdue), me);
    }

    /// <summary>
    /// The navigation's counts, on every page: counted in the database, kind by kind, rather than
    /// loading the items as the worklist page does.
    /// </summary>
    public async Task<WorkNavigationViewModel> CountsAsync(ClaimsPrincipal user, int unreadNotifications, CancellationToken cancellationToken) =>
        new(await CountsByKindAsync(user, cancellationToken), unreadNotifications);

    /// <summary>Open and overdue items of each kind the user works on (kinds with none are listed too).</summary>
    public async Task<IReadOnlyList<WorkKindCount>> CountsByKindAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = new WorkScope(user.IsInRole(PortalRoles.NationalAdministrator), user.StateCode());
        var today = WorkingDays.Today(clock);
        var counts = new List<WorkKindCount>();
        if (await ReceivesMoveNoticesAsync(user, scope, cancellationToken))
        {
            var notices = OpenMoveNotices(scope).Join(db.ConsolidatedStudents, n => n.ConsolidatedStudentId, s => s.Id, (n, s) => n);
            counts.Add(new(WorkKinds.MoveNotice, await notices.CountAsync(cancellationToken),
                await notices.CountAsync(n => n.DueOn < today, cancellationToken)));
        }
        if (Holds(user, Permission.AnswerDataRequests))
        {
            var requests = OpenDataRequests(scope).Join(db.ConsolidatedStudents, r => r.ConsolidatedStudentId, s => s.Id, (r, s) => r);
            counts.Add(new(WorkKinds.DataRequest, await requests.CountAsync(cancellationToken),
                await requests.CountAsync(r => r.NeededBy < today, cancellationToken)));
        }
        if (Holds(user, Permission.ValidateMergeSplit))
        {
            // Flags have no deadline of their own: nothing is overdue.
            var flags = FlagsToValidate(user, scope);
            counts.Add(new(WorkKinds.Merge, await flags.CountAsync(f => f.Kind == MergeSplitKind.Merge, cancellationToken), 0));
            counts.Add(new(WorkKinds.Split, await flags.CountAsync(f => f.Kind == MergeSplitKind.Split, cancellationToken), 0));
        }
        if (Holds(user, Permission.ResolveNearMatches))
        {
            counts.Add(new(WorkKinds.NearMatch, await OpenNearMatches(scope)
                .Join(db.StateStudentRecords, n => n.StateStudentRecordId, r => r.Id, (n, r) => n).CountAsync(cancellationToken), 0));
        }
        if (HelpDeskWork.HandlesAny(user))
        {
            var (questions, incidents, incidentsOverdue) = await helpDesk.CountsAsync(user, cancellationToken);
            counts.Add(new(WorkKinds.PiiIncident, incidents, incidentsOverdue));
            counts.Add(new(WorkKinds.HelpDeskRequest, questions, 0));
        }
        return counts;
    }

    private async Task<List<WorklistItem>> ItemsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = new WorkScope(user.IsInRole(PortalRoles.NationalAdministrator), user.StateCode());
        var today = WorkingDays.Today(clock);
        var items = new List<WorklistItem>();
        if (await ReceivesMoveNoticesAsync(user, scope, cancellationToken))
        {
            var notices = await OpenMoveNotices(scope)
                .OrderBy(n => n.DueOn).Take(PerKindLimit)
                .Join(db.ConsolidatedStudents, n => n.ConsolidatedStudentId, s => s.Id, (n, s) => new { n, s.MsixId })
                .ToListAsync(cancellationToken);
            items.AddRange(notices.Select(x => new WorklistItem(WorkKinds.MoveNotice, x.n.Id, $"/move-notices/{x.n.Id}", x.MsixId,
                x.n.StateCode, x.n.SentAt, x.n.DueOn, WorkingDays.IsOverdue(x.n.DueOn, today), x.n.AssignedToUserId, null)));
        }
        if (Holds(user, Permission.AnswerDataRequests))
        {
            var requests = await OpenDataRequests(scope)
                .OrderBy(r => r.NeededBy).Take(PerKindLimit)
                .Join(db.ConsolidatedStudents, r => r.ConsolidatedStudentId, s => s.Id, (r, s) => new { r, s.MsixId })
                .ToListAsync(cancellationToken);
            items.AddRange(requests.Select(x => new WorklistItem(WorkKinds.DataRequest, x.r.Id, $"/data-requests/{x.r.Id}", x.MsixId,
                x.r.StateCode, x.r.RequestedAt, x.r.NeededBy, WorkingDays.IsOverdue(x.r.NeededBy, today), x.r.AssignedToUserId, null)));
        }
        if (Holds(user, Permission.ValidateMergeSplit))
        {
            items.AddRange(await FlagsToValidateAsync(user, scope, cancellationToken));
        }
        if (Holds(user, Permission.ResolveNearMatches))
        {
            items.AddRange(await NearMatchesAsync(scope, cancellationToken));
        }
        if (HelpDeskWork.HandlesAny(user))
        {
            items.AddRange(await helpDesk.ItemsAsync(user, PerKindLimit, cancellationToken));
        }
        return items;
    }

    private async Task<IEnumerable<WorklistItem>> FlagsToValidateAsync(ClaimsPrincipal user, WorkScope scope, CancellationToken cancellationToken)
    {
        var flags = await FlagsToValidate(user, scope)
            .OrderBy(f => f.FlaggedAt).Take(PerKindLimit)
            .Join(db.ConsolidatedStudents, f => f.MasterStudentId, s => s.Id, (f, s) => new { f, s.MsixId })
            .ToListAsync(cancellationToken);
        return flags.Select(x => new WorklistItem(x.f.Kind == MergeSplitKind.Merge ? WorkKinds.Merge : WorkKinds.Split, x.f.Id,
            $"/merge-split/{x.f.Id}", x.MsixId, x.f.FlaggedByStateCode ?? "", x.f.FlaggedAt, null, false, x.f.AssignedToUserId, null));
    }

    /// <summary>Open near matches of the submitting State; no regulatory deadline, so never overdue (oldest first).</summary>
    private async Task<IEnumerable<WorklistItem>> NearMatchesAsync(WorkScope scope, CancellationToken cancellationToken)
    {
        var open = await OpenNearMatches(scope)
            .OrderBy(n => n.CreatedAt).Take(PerKindLimit)
            .Join(db.StateStudentRecords, n => n.StateStudentRecordId, r => r.Id, (n, r) => new { n, r.ConsolidatedStudentId })
            .Join(db.ConsolidatedStudents, x => x.ConsolidatedStudentId, s => s.Id, (x, s) => new { x.n, s.MsixId })
            .ToListAsync(cancellationToken);
        return open.Select(x => new WorklistItem(WorkKinds.NearMatch, x.n.Id, $"/near-matches/{x.n.PublicId}", x.MsixId,
            x.n.StateCode, x.n.CreatedAt, null, false, x.n.AssignedToUserId, null));
    }

    private IQueryable<MoveNotice> OpenMoveNotices(WorkScope scope) =>
        db.MoveNotices.AsNoTracking().Where(n => scope.IsNational || n.StateCode == scope.StateCode)
            .Where(n => n.Status == MoveNoticeStatus.Sent || n.Status == MoveNoticeStatus.Received);

    private IQueryable<DataRequest> OpenDataRequests(WorkScope scope) =>
        db.DataRequests.AsNoTracking().Where(r => scope.IsNational || r.StateCode == scope.StateCode)
            .Where(r => r.Status == DataRequestStatus.Open);

    /// <summary>Pending merges and splits flagged by someone else that touch the user's State (two-person rule).</summary>
    private IQueryable<MergeSplitFlag> FlagsToValidate(ClaimsPrincipal user, WorkScope scope)
    {
        var me = user.UserId();
        var state = scope.StateCode;
        return db.MergeSplitFlags.AsNoTracking()
            .Where(f => f.Status == MergeSplitStatus.Pending && f.FlaggedByUserId != me)
            .Where(f => scope.IsNational || f.Students.Any(fs => db.StateStudentRecords
                .Any(r => r.ConsolidatedStudentId == fs.ConsolidatedStudentId && r.StateCode == state)));
    }

    private IQueryable<NearMatchItem> OpenNearMatches(WorkScope scope) =>
        db.NearMatchItems.AsNoTracking()
            .Where(n => n.Status == NearMatchStatus.Open && (scope.IsNational || n.StateCode == scope.StateCode));

    /// <summary>Designated recipients (by default the data administrators) of the State, and national administrators.</summary>
    private async Task<bool> ReceivesMoveNoticesAsync(ClaimsPrincipal user, WorkScope scope, CancellationToken cancellationToken)
    {
        if (scope.IsNational)
        {
            return true;
        }
        if (scope.StateCode is null)
        {
            return false;
        }
        return await routing.ReceivesMoveNoticesAsync(scope.StateCode, user, cancellationToken);
    }

    /// <summary>National administrators see every State's work; everyone else their own State's.</summary>
    private sealed record WorkScope(bool IsNational, string? StateCode);

    private static bool Holds(ClaimsPrincipal user, Permission permission) =>
        RolePermissions.RolesWith(permission).Any(user.IsInRole);
}
