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
    NoticeRouting routing,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    private const int SentListLength = 200;

    public static bool IsOpen(MoveNoticeStatus status) => status is MoveNoticeStatus.Sent or MoveNoticeStatus.Received;

    /// <summary>
    /// The form for a record, the sender's contact filled in with their name and email (they may change
    /// it); null when the MSIX ID names none (a merged-away one names its master).
    /// </summary>
    public async Task<MoveNoticeNewViewModel?> NewAsync(string msixId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var contact = await db.Users.Where(u => u.Id == userId).Select(u => u.FullName + ", " + u.Email).FirstOrDefaultAsync(cancellationToken);
        return await FormAsync(msixId, new MoveNoticeInputModel { SenderContact = contact }, cancellationToken);
    }

    /// <summary>The form with <paramref name="input"/> kept; null when the MSIX ID names no record.</summary>
    public async Task<MoveNoticeNewViewModel?> FormAsync(string msixId, MoveNoticeInputModel input, CancellationToken cancellationToken)
    {
        var student = await students.ResolveAsync(msixId, cancellationToken);
        return student is null ? null : new MoveNoticeNewViewModel(student.MsixId, await StatesAsync(cancellationToken), input);
    }

    /// <summary>What sending would do (the confirmation page); null when the MSIX ID names no record.</summary>
    public async Task<MoveNoticeConfirmViewModel?> ConfirmAsync(string msixId, MoveNoticeInputModel input, CancellationToken cancellationToken)
    {
        var student = await students.ResolveAsync(msixId, cancellationToken);
        if (student is null)
        {
            return null;
        }
        var child = await lookups.ChildAsync(student.Id, cancellationToken);
        var recipients = await routing.MoveNoticeRecipientsAsync(input.StateCode!.ToUpperInvariant(), cancellationToken);
        return new MoveNoticeConfirmViewModel(student.MsixId, child.Name, input, recipients.Count);
    }

    public async Task<IReadOnlyList<StateOption>> StatesAsync(CancellationToken cancellationToken) =>
        [.. (await lookups.StatesAsync(cancellationToken)).Select(s => new StateOption(s.Code, s.Label))];

    /// <summary>The notices the user's State sent (a national user: their own), newest first, with the child's name and the sender.</summary>
    public async Task<MoveNoticeSentViewModel> SentAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var state = user.StateCode();
        var today = WorkingDays.Today(clock);
        var rows = await db.MoveNotices.AsNoTracking()
            .Where(n => state == null ? n.SenderUserId == userId : n.SenderStateCode == state)
            .OrderByDescending(n => n.SentAt)
            .Take(SentListLength)
            .Join(db.ConsolidatedStudents, n => n.ConsolidatedStudentId, s => s.Id, (n, s) => new { n, s.MsixId })
            .ToListAsync(cancellationToken);
        var children = await lookups.ChildNamesAsync(rows.Select(r => r.n.ConsolidatedStudentId), cancellationToken);
        var senders = await lookups.UserNamesAsync(rows.Select(r => (Guid?)r.n.SenderUserId), cancellationToken);
        var items = rows.Select(r => new MoveNoticeSentItem(r.n.Id, r.MsixId, children.GetValueOrDefault(r.n.ConsolidatedStudentId, ""),
            senders.GetValueOrDefault(r.n.SenderUserId, ""), r.n.Kind, r.n.SenderStateCode, r.n.StateCode, r.n.SentAt,
            r.n.DueOn, r.n.Status, IsOpen(r.n.Status) && WorkingDays.IsOverdue(r.n.DueOn, today))).ToList();
        return new MoveNoticeSentViewModel(items, items.Count(i => i.IsOverdue), state);
    }

    /// <summary>One notice for the sending State's staff or the receiving State (national administrators too); null if neither.</summary>
    public async Task<(WorkItemOutcome Outcome, MoveNoticeDetailsViewModel? Model)> DetailsAsync(
        long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var notice = await db.MoveNotices.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return (WorkItemOutcome.NotFound, null);
        }
        var isSender = notice.SenderUserId == user.UserId()
            || (notice.SenderStateCode is { } from && string.Equals(user.StateCode(), from, StringComparison.OrdinalIgnoreCase));
        var isReceiver = (await authorization.AuthorizeAsync(user, notice, Policies.SameState)).Succeeded;
        if (!isSender && !isReceiver)
        {
            return (WorkItemOutcome.Forbidden, null);
        }
        await audit.RecordAsync(AuditActions.MoveNoticeViewed, "move-notice", id.ToString(CultureInfo.InvariantCulture),
            concerns: [notice.StateCode, notice.SenderStateCode], cancellationToken: cancellationToken);
        return (WorkItemOutcome.Done, await BuildAsync(notice, user, isReceiver, MoveNoticeService.IsOfReceivingState(notice, user), cancellationToken));
    }

    private async Task<MoveNoticeDetailsViewModel> BuildAsync(MoveNotice n, ClaimsPrincipal user, bool isReceiver, bool mayAcknowledge, CancellationToken cancellationToken)
    {
        var child = await lookups.ChildAsync(n.ConsolidatedStudentId, cancellationToken);
        var names = await lookups.UserNamesAsync([n.SenderUserId, n.ReceivedByUserId, n.OutcomeByUserId, n.ClosedByUserId], cancellationToken);
        string Name(Guid? userId) => userId is { } known && names.TryGetValue(known, out var name) ? name : "";
        var history = new List<MoveNoticeEvent> { new("Sent", n.SentAt, Name(n.SenderUserId)) };
        var outcome = n.OutcomeAt is null ? (MoveNoticeStatus?)null : n.Status == MoveNoticeStatus.Closed ? null : n.Status;
        if (n.ReceivedAt is { } received)
        {
            history.Add(new("Received", received, Name(n.ReceivedByUserId)));
        }
        if (n.OutcomeAt is { } outcomeAt)
        {
            // The time is the first outcome's; the status (and who set it) is the latest.
            history.Add(new(outcome is { } latest ? $"Outcome recorded: {MoveNoticeLabels.Status(latest)}" : "Outcome recorded", outcomeAt, Name(n.OutcomeByUserId)));
        }
        if (n.ClosedAt is { } closed)
        {
            history.Add(new("Closed", closed, Name(n.ClosedByUserId)));
        }
        var overdue = IsOpen(n.Status) && WorkingDays.IsOverdue(n.DueOn, WorkingDays.Today(clock));
        return new MoveNoticeDetailsViewModel(n.Id, n.Kind, n.Status, child.MsixId, child.Name, child.BirthDate,
            n.StateCode, n.SenderStateCode, n.District, n.City, n.School, n.MoveDate, n.MoveDateIsExpected, n.Comments,
            n.SenderContact, Name(n.SenderUserId), n.DueOn, overdue, history, outcome, n.OutcomeComment,
            ReaderIsReceiver: isReceiver && !string.Equals(user.StateCode(), n.SenderStateCode, StringComparison.OrdinalIgnoreCase),
            CanAcknowledge: mayAcknowledge && n.Status == MoveNoticeStatus.Sent,
            CanRecordOutcome: isReceiver && n.Status != MoveNoticeStatus.Closed,
            CanClose: isReceiver && !IsOpen(n.Status) && n.Status != MoveNoticeStatus.Closed);
    }
}
