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
    /// <summary>Items a page: a page of hundreds of "Assign to me" forms was slow to send and to read (wapiti hung on one).</summary>
    public const int PageSize = 50;

    /// <summary>
    /// One page of the user's filtered worklist, in the list's order across every kind. Each kind is
    /// counted and read in the database: only the first page × <see cref="PageSize"/> items of each
    /// are loaded, which hold every item of this page.
    /// </summary>
    public async Task<WorklistViewModel> ListAsync(ClaimsPrincipal user, WorklistFilterInputModel filter, CancellationToken cancellationToken)
    {
        var me = user.UserId();
        var sources = await SourcesAsync(user, filter, cancellationToken);
        int total = 0, overdue = 0;
        foreach (var source in sources)
        {
            total += await source.CountAsync(cancellationToken);
            overdue += await source.OverdueAsync(cancellationToken);
        }
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page ?? 1, 1, pageCount);
        var first = new List<WorklistItem>();
        foreach (var source in sources)
        {
            first.AddRange(await source.FirstAsync(page * PageSize, cancellationToken));
        }
        var shown = WorklistOrder.Sort(first).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var names = await lookups.UserNamesAsync(shown.Select(i => i.AssignedToUserId), cancellationToken);
        var named = shown.Select(i => i with { AssignedTo = i.AssignedToUserId is { } a ? names.GetValueOrDefault(a) : null }).ToList();
        return new WorklistViewModel(named, filter, overdue, me, new WorklistPaging(page, pageCount, total));
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

    /// <summary>The kinds of work the user may act on that the filter asks for, each narrowed by the filter.</summary>
    private async Task<List<WorkSource>> SourcesAsync(ClaimsPrincipal user, WorklistFilterInputModel filter, CancellationToken cancellationToken)
    {
        var scope = new WorkScope(user.IsInRole(PortalRoles.NationalAdministrator), user.StateCode());
        var wanted = new WorkNarrowing(filter.Kind, filter.Assigned, user.UserId());
        var sources = new List<WorkSource>();
        if (wanted.Includes(WorkKinds.MoveNotice) && await ReceivesMoveNoticesAsync(user, scope, cancellationToken))
        {
            sources.Add(MoveNotices(scope, wanted));
        }
        if (wanted.Includes(WorkKinds.DataRequest) && Holds(user, Permission.AnswerDataRequests))
        {
            sources.Add(DataRequests(scope, wanted));
        }
        if ((wanted.Includes(WorkKinds.Merge) || wanted.Includes(WorkKinds.Split)) && Holds(user, Permission.ValidateMergeSplit))
        {
            sources.Add(MergesAndSplits(user, scope, wanted));
        }
        if (wanted.Includes(WorkKinds.NearMatch) && Holds(user, Permission.ResolveNearMatches))
        {
            sources.Add(NearMatches(scope, wanted));
        }
        if ((wanted.Includes(WorkKinds.PiiIncident) || wanted.Includes(WorkKinds.HelpDeskRequest)) && HelpDeskWork.HandlesAny(user))
        {
            sources.Add(helpDesk.Source(user, wanted));
        }
        return sources;
    }

    private WorkSource MoveNotices(WorkScope scope, WorkNarrowing wanted)
    {
        var today = WorkingDays.Today(clock);
        var notices = WorkSource.AssignedAs(OpenMoveNotices(scope), n => n.AssignedToUserId, wanted.Assigned, wanted.Me)
            .Join(db.ConsolidatedStudents, n => n.ConsolidatedStudentId, s => s.Id, (n, s) => new { n, s.MsixId });
        return new WorkSource(
            notices.CountAsync,
            cancellationToken => notices.CountAsync(x => x.n.DueOn < today, cancellationToken),
            async (count, cancellationToken) => (await notices.OrderBy(x => x.n.DueOn).ThenBy(x => x.n.SentAt).ThenBy(x => x.n.Id)
                    .Take(count).ToListAsync(cancellationToken))
                .Select(x => new WorklistItem(WorkKinds.MoveNotice, x.n.Id, $"/move-notices/{x.n.Id}", x.MsixId,
                    x.n.StateCode, x.n.SentAt, x.n.DueOn, WorkingDays.IsOverdue(x.n.DueOn, today), x.n.AssignedToUserId, null)));
    }

    private WorkSource DataRequests(WorkScope scope, WorkNarrowing wanted)
    {
        var today = WorkingDays.Today(clock);
        var requests = WorkSource.AssignedAs(OpenDataRequests(scope), r => r.AssignedToUserId, wanted.Assigned, wanted.Me)
            .Join(db.ConsolidatedStudents, r => r.ConsolidatedStudentId, s => s.Id, (r, s) => new { r, s.MsixId });
        return new WorkSource(
            requests.CountAsync,
            cancellationToken => requests.CountAsync(x => x.r.NeededBy < today, cancellationToken),
            async (count, cancellationToken) => (await requests.OrderBy(x => x.r.NeededBy).ThenBy(x => x.r.RequestedAt).ThenBy(x => x.r.Id)
                    .Take(count).ToListAsync(cancellationToken))
                .Select(x => new WorklistItem(WorkKinds.DataRequest, x.r.Id, $"/data-requests/{x.r.Id}", x.MsixId,
                    x.r.StateCode, x.r.RequestedAt, x.r.NeededBy, WorkingDays.IsOverdue(x.r.NeededBy, today), x.r.AssignedToUserId, null)));
    }

    /// <summary>Merges and splits to validate: no regulatory deadline, so never overdue (oldest first).</summary>
    private WorkSource MergesAndSplits(ClaimsPrincipal user, WorkScope scope, WorkNarrowing wanted)
    {
        var flags = WorkSource.AssignedAs(FlagsToValidate(user, scope), f => f.AssignedToUserId, wanted.Assigned, wanted.Me);
        if (!wanted.Includes(WorkKinds.Split))
        {
            flags = flags.Where(f => f.Kind == MergeSplitKind.Merge);
        }
        else if (!wanted.Includes(WorkKinds.Merge))
        {
            flags = flags.Where(f => f.Kind == MergeSplitKind.Split);
        }
        var listed = flags.Join(db.ConsolidatedStudents, f => f.MasterStudentId, s => s.Id, (f, s) => new { f, s.MsixId });
        return new WorkSource(
            listed.CountAsync,
            _ => Task.FromResult(0),
            async (count, cancellationToken) => (await listed.OrderBy(x => x.f.FlaggedAt).ThenBy(x => x.f.Id).Take(count).ToListAsync(cancellationToken))
                .Select(x => new WorklistItem(x.f.Kind == MergeSplitKind.Merge ? WorkKinds.Merge : WorkKinds.Split, x.f.Id,
                    $"/merge-split/{x.f.Id}", x.MsixId, x.f.FlaggedByStateCode ?? "", x.f.FlaggedAt, null, false, x.f.AssignedToUserId, null)));
    }

    /// <summary>Open near matches of the submitting State; no regulatory deadline, so never overdue (oldest first).</summary>
    private WorkSource NearMatches(WorkScope scope, WorkNarrowing wanted)
    {
        var open = WorkSource.AssignedAs(OpenNearMatches(scope), n => n.AssignedToUserId, wanted.Assigned, wanted.Me)
            .Join(db.StateStudentRecords, n => n.StateStudentRecordId, r => r.Id, (n, r) => new { n, r.ConsolidatedStudentId })
            .Join(db.ConsolidatedStudents, x => x.ConsolidatedStudentId, s => s.Id, (x, s) => new { x.n, s.MsixId });
        return new WorkSource(
            open.CountAsync,
            _ => Task.FromResult(0),
            async (count, cancellationToken) => (await open.OrderBy(x => x.n.CreatedAt).ThenBy(x => x.n.Id).Take(count).ToListAsync(cancellationToken))
                .Select(x => new WorklistItem(WorkKinds.NearMatch, x.n.Id, $"/near-matches/{x.n.PublicId}", x.MsixId,
                    x.n.StateCode, x.n.CreatedAt, null, false, x.n.AssignedToUserId, null)));
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
