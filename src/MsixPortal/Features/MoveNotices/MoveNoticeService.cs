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
using MsixPortal.Features.Notifications;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.MoveNotices;

/// <summary>Sends move notices and moves them through their statuses, audited, with who and when.</summary>
public sealed class MoveNoticeService(
    PortalDbContext db,
    MsixIdResolver students,
    NoticeRouting routing,
    Notifier notifier,
    AuditTrail audit,
    IAuthorizationService authorization,
    TimeProvider clock)
{
    /// <summary>34 CFR 200.85: update within 4 working days of learning of the move.</summary>
    public const int UpdateDeadlineWorkingDays = 4;

    private static readonly MoveNoticeStatus[] Outcomes =
        [MoveNoticeStatus.Located, MoveNoticeStatus.Enrolled, MoveNoticeStatus.NotFound, MoveNoticeStatus.Updated];

    /// <summary>An outcome may be recorded, and changed, until the notice is closed.</summary>
    private static readonly MoveNoticeStatus[] NotClosed = [MoveNoticeStatus.Sent, MoveNoticeStatus.Received, .. Outcomes];

    /// <summary>Sends the notice; returns its ID, or null when the MSIX ID names no record.</summary>
    public async Task<long?> SendAsync(string msixId, MoveNoticeInputModel input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var student = await students.ResolveAsync(msixId, cancellationToken);
        if (student is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var notice = new MoveNotice
        {
            Kind = input.Kind,
            ConsolidatedStudentId = student.Id,
            StateCode = input.StateCode!.ToUpperInvariant(),
            SenderStateCode = user.StateCode(),
            District = input.District,
            City = input.City,
            School = input.School,
            MoveDate = input.MoveDate!.Value,
            MoveDateIsExpected = input.MoveDateIsExpected,
            Comments = input.Comments,
            SenderContact = input.SenderContact!,
            SenderUserId = user.UserId(),
            SentAt = now,
            DueOn = WorkingDays.Add(DateOnly.FromDateTime(now), UpdateDeadlineWorkingDays),
            Status = MoveNoticeStatus.Sent,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MoveNotices.Add(notice);
        await db.SaveChangesAsync(cancellationToken);
        var recipients = await routing.MoveNoticeRecipientsAsync(notice.StateCode, cancellationToken);
        notifier.Notify(recipients, ArrivalText(notice), $"/move-notices/{notice.Id}");
        db.AuditEvents.Add(audit.Create(AuditActions.MoveNoticeSent, "move-notice", Id(notice),
            $"student={student.Id};to={notice.StateCode};recipients={recipients.Count}", concerns: [notice.StateCode, notice.SenderStateCode]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return notice.Id;
    }

    public static bool IsValidOutcome(MoveNoticeStatus outcome) => Outcomes.Contains(outcome);

    /// <summary>
    /// An outcome of the notice's kind, by a user of the receiving State, while the notice is not
    /// closed (a second one changes it). The sender is told in the portal and by email (the notice's
    /// ID, the State and the outcome: no child data; the comment stays on the portal), and the
    /// receivers' notifications of the notice leave their lists.
    /// </summary>
    public Task<WorkItemOutcome> RecordOutcomeAsync(long id, MoveNoticeStatus outcome, string? comment, ClaimsPrincipal user,
        CancellationToken cancellationToken) =>
        TransitionAsync(id, user, NotClosed, async notice =>
        {
            if (!MoveNoticeLabels.Outcomes(notice.Kind).Contains(outcome) || notice.Status == outcome)
            {
                return null;
            }
            var was = notice.Status;
            MarkReceived(notice, user);
            notice.Status = outcome;
            // The first outcome is when the State acted (the timeliness report counts it); a change keeps that time.
            notice.OutcomeAt ??= clock.GetUtcNow().UtcDateTime;
            notice.OutcomeByUserId = user.UserId();
            notice.OutcomeComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
            var link = $"/move-notices/{notice.Id}";
            notifier.Notify(await SenderAsync(notice, cancellationToken),
                $"Move notice {notice.Id}: {notice.StateCode} {MoveNoticeLabels.OutcomeSentence(outcome)}", link);
            await notifier.MarkHandledAsync(link, notice.SenderUserId, cancellationToken);
            return (AuditActions.MoveNoticeOutcomeRecorded, $"status={outcome};was={was}");
        }, cancellationToken);

    public Task<WorkItemOutcome> CloseAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TransitionAsync(id, user, Outcomes, async notice =>
        {
            notice.Status = MoveNoticeStatus.Closed;
            notice.ClosedAt = clock.GetUtcNow().UtcDateTime;
            notice.ClosedByUserId = user.UserId();
            await notifier.MarkHandledAsync($"/move-notices/{notice.Id}", null, cancellationToken);
            return ((string, string)?)(AuditActions.MoveNoticeClosed, "status=Closed");
        }, cancellationToken);

    /// <summary>
    /// A user of the receiving State acknowledges the notice (an explicit POST: opening it changes
    /// nothing, so a link from another site cannot mark it received). Of two acknowledging at
    /// once, xmin lets the first count and the second gets a conflict.
    /// </summary>
    public Task<WorkItemOutcome> AcknowledgeAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        TransitionAsync(id, user, [MoveNoticeStatus.Sent], notice =>
        {
            notice.Status = MoveNoticeStatus.Received;
            MarkReceived(notice, user);
            return Task.FromResult<(string, string)?>((AuditActions.MoveNoticeReceived, "status=Received"));
        }, cancellationToken, receivingStateOnly: true);

    /// <summary>An outcome recorded on a notice nobody acknowledged also records its receipt (timeliness counts from it).</summary>
    private void MarkReceived(MoveNotice notice, ClaimsPrincipal user)
    {
        if (notice.ReceivedAt is null)
        {
            notice.ReceivedAt = clock.GetUtcNow().UtcDateTime;
            notice.ReceivedByUserId = user.UserId();
        }
    }

    private async Task<WorkItemOutcome> TransitionAsync(long id, ClaimsPrincipal user, MoveNoticeStatus[] allowedFrom,
        Func<MoveNotice, Task<(string Action, string Detail)?>> apply, CancellationToken cancellationToken, bool receivingStateOnly = false)
    {
        var notice = await db.MoveNotices.FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notice is null)
        {
            return WorkItemOutcome.NotFound;
        }
        if (!(await authorization.AuthorizeAsync(user, notice, Policies.SameState)).Succeeded
            || (receivingStateOnly && !IsOfReceivingState(notice, user)))
        {
            return WorkItemOutcome.Forbidden;
        }
        if (!allowedFrom.Contains(notice.Status))
        {
            return WorkItemOutcome.Conflict;
        }
        if (await apply(notice) is not var (action, detail))
        {
            return WorkItemOutcome.Conflict;
        }
        db.AuditEvents.Add(audit.Create(action, "move-notice", Id(notice), detail, concerns: [notice.StateCode, notice.SenderStateCode]));
        return await db.SaveWorkItemAsync(cancellationToken);
    }

    /// <summary>Receipt is the receiving State's to acknowledge (not a national administrator's, not the sender's).</summary>
    public static bool IsOfReceivingState(MoveNotice notice, ClaimsPrincipal user) =>
        notice.SenderUserId != user.UserId() && string.Equals(user.StateCode(), notice.StateCode, StringComparison.OrdinalIgnoreCase);

    /// <summary>What the receiving State's staff read in the portal and in the email: the kind, the notice's ID and the sending State; no child data.</summary>
    private static string ArrivalText(MoveNotice notice) =>
        $"A move notice is waiting for your State (no. {notice.Id}, from {notice.SenderStateCode ?? "a national user"}: "
        + (notice.Kind == MoveNoticeKind.MovingTo ? "a child moving to your State)" : "a child who left your State, please update your data)");

    private Task<List<NotificationRecipient>> SenderAsync(MoveNotice notice, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.Id == notice.SenderUserId)
            .Select(u => new NotificationRecipient(u.Id, u.Email ?? "")).ToListAsync(cancellationToken);

    private static string Id(MoveNotice notice) => notice.Id.ToString(CultureInfo.InvariantCulture);
}
