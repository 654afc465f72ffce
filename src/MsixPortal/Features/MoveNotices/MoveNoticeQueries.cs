using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.MergeSplit;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.MoveNotices;

/// <summary>What the move-notice pages show: the form, the sender's "sent" list, one notice.</summary>
public sealed class MoveNoticeQueries(
    PortalDbContext db,
    WorkItemLookups lookups,
    MsixIdResolver students,
    AuditTrail audit,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    private const int SentListLength = 200;

    public static bool IsOpen(MoveNoticeStatus status) => status is MoveNoticeStatus.Sent or MoveNoticeStatus.Received;

    /// <summary>The empty form for a record; null when the MSIX ID names none (a merged-away one names its master).</summary>
    public async Task<MoveNoticeNewViewModel?> NewAsync(string msixId, CancellationToken cancellationToken)
    {
        var student = await students.ResolveAsync(msixId, cancellationToken);
        return student is null ? null
            : new MoveNoticeNewViewModel(student.MsixId, await StatesAsync(cancellationToken), new MoveNoticeInputModel());
    }

    public async Task<IReadOnlyList<StateOption>> StatesAsync(CancellationToken cancellationToken) =>
        [.. (await lookups.StatesAsync(cancellationToken)).Select(s => new StateOption(s.Code, s.Label))];

    public async Task<MoveNoticeSentViewModel> SentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var today = WorkingDays.Today(clock);
        var rows = await db.MoveNotices.AsNoTracking()
            .Where(n => n.SenderUserId == userId)
            .OrderByDescending(n => n.SentAt)
            .Take(SentListLength)
            .Join(db.ConsolidatedStudents, n => n.ConsolidatedStudentId, s => s.Id, (n, s) => new { n, s.MsixId })
            .ToListAsync(cancellationToken);
        var items = rows.Select(r => new MoveNoticeSentItem(r.n.Id, r.MsixId, r.n.Kind, r.n.StateCode, r.n.SentAt,
            r.n.DueOn, r.n.Status, IsOpen(r.n.Status) && WorkingDays.IsOverdue(r.n.DueOn, today))).ToList();
        return new MoveNoticeSentViewModel(items, items.Count(i => i.IsOverdue));
    }

    /// <summary>One notice for its sender or the receiving State (national administrators too); null if neither.</summary>
    public async Task<(WorkItemOutcome Outcome, MoveNoticeDetailsViewModel? Model)> DetailsAsync(
        long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var notice = await db.MoveNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return (WorkItemOutcome.NotFound, null);
        }
        var isSender = notice.SenderUserId == user.UserId();
        var isReceiver = (await authorization.AuthorizeAsync(user, notice, Policies.SameState)).Succeeded;
        if (!isSender && !isReceiver)
        {
            return (WorkItemOutcome.Forbidden, null);
        }
        await audit.RecordAsync(AuditActions.MoveNoticeViewed, "move-notice", id.ToString(CultureInfo.InvariantCulture),
            concerns: [notice.StateCode, notice.SenderStateCode], cancellationToken: cancellationToken);
        return (WorkItemOutcome.Done, await BuildAsync(notice, isReceiver, MoveNoticeService.IsOfReceivingState(notice, user), cancellationToken));
    }

    private async Task<MoveNoticeDetailsViewModel> BuildAsync(MoveNotice n, bool isReceiver, bool mayAcknowledge, CancellationToken cancellationToken)
    {
        var child = await lookups.ChildAsync(n.ConsolidatedStudentId, cancellationToken);
        var names = await lookups.UserNamesAsync([n.SenderUserId, n.ReceivedByUserId, n.OutcomeByUserId, n.ClosedByUserId], cancellationToken);
        string Name(Guid? userId) => userId is { } known && names.TryGetValue(known, out var name) ? name : "";
        var history = new List<MoveNoticeEvent> { new("Sent", n.SentAt, Name(n.SenderUserId)) };
        if (n.ReceivedAt is { } received)
        {
            history.Add(new("Received", received, Name(n.ReceivedByUserId)));
        }
        if (n.OutcomeAt is { } outcomeAt)
        {
            var outcome = n.Status == MoveNoticeStatus.Closed ? "Outcome recorded" : MoveNoticeLabels.Status(n.Status);
            history.Add(new(outcome, outcomeAt, Name(n.OutcomeByUserId)));
        }
        if (n.ClosedAt is { } closed)
        {
            history.Add(new("Closed", closed, Name(n.ClosedByUserId)));
        }
        var overdue = IsOpen(n.Status) && WorkingDays.IsOverdue(n.DueOn, WorkingDays.Today(clock));
        return new MoveNoticeDetailsViewModel(n.Id, n.Kind, n.Status, child.MsixId, child.Name, child.BirthDate,
            n.StateCode, n.SenderStateCode, n.District, n.City, n.School, n.MoveDate, n.MoveDateIsExpected, n.Comments,
            n.SenderContact, n.DueOn, overdue, history,
            CanAcknowledge: mayAcknowledge && n.Status == MoveNoticeStatus.Sent,
            CanRecordOutcome: isReceiver && IsOpen(n.Status),
            CanClose: isReceiver && !IsOpen(n.Status) && n.Status != MoveNoticeStatus.Closed);
    }
}
