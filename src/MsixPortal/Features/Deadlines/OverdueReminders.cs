using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.MoveNotices;
using MsixPortal.Features.Notifications;

namespace MsixPortal.Features.Deadlines;

/// <summary>
/// Reminds a State's recipients, once, that a move notice or data request to them is overdue (in
/// the portal and by email through the outbox; no child's data in either). The reminder time is
/// saved with the notifications, so a crash sends it again rather than never, and xmin stops two
/// instances from both reminding.
/// </summary>
public sealed class OverdueReminders(PortalDbContext db, NoticeRouting routing, Notifier notifier, TimeProvider clock)
{
    private const int BatchSize = 200;

    /// <summary>Reminds about what became overdue since the last round; returns how many items were reminded about.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        var today = WorkingDays.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var notices = await db.MoveNotices
            .Where(n => (n.Status == MoveNoticeStatus.Sent || n.Status == MoveNoticeStatus.Received) && n.DueOn < today)
            .Where(n => n.OverdueReminderSentAt == null)
            .OrderBy(n => n.DueOn).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var notice in notices)
        {
            notifier.Notify(await routing.MoveNoticeRecipientsAsync(notice.StateCode, cancellationToken),
                "A move notice for your State is overdue", $"/move-notices/{notice.Id}");
            notice.OverdueReminderSentAt = now;
        }
        var requests = await db.DataRequests
            .Where(r => r.Status == DataRequestStatus.Open && r.NeededBy < today && r.OverdueReminderSentAt == null)
            .OrderBy(r => r.NeededBy).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var request in requests)
        {
            notifier.Notify(await routing.DataAdministratorsAsync(request.StateCode, cancellationToken),
                "A data request to your State is overdue", $"/data-requests/{request.Id}");
            request.OverdueReminderSentAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return notices.Count + requests.Count;
    }
}
