using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Notifications;
using MsixPortal.Infrastructure;

namespace MsixPortal.Features.Notifications;

/// <summary>A user to tell about new work: their ID (in-portal) and email address (outbox).</summary>
public sealed record NotificationRecipient(Guid UserId, string Email);

/// <summary>
/// Adds an in-portal notification and an outbox email for each recipient to the caller's unit of
/// work, so they are saved (or not) together with the work itself. Texts carry no student data.
/// The link is built from Portal:BaseUrl (<see cref="PortalLinks"/>), the one setting of every emailed link.
/// </summary>
public sealed class Notifier(PortalDbContext db, PortalLinks links, TimeProvider clock)
{
    public void Notify(IEnumerable<NotificationRecipient> recipients, string text, string link)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var recipient in recipients.DistinctBy(r => r.UserId))
        {
            db.Notifications.Add(new Notification { UserId = recipient.UserId, Text = text, Link = link, CreatedAt = now });
            if (!string.IsNullOrWhiteSpace(recipient.Email))
            {
                AddEmail(recipient.Email, text, "Sign in to the MSIX Portal to see it", link, now);
            }
        }
    }

    /// <summary>
    /// The item at <paramref name="link"/> was handled: its notifications (except those of
    /// <paramref name="exceptUserId"/>, who is told the outcome) leave the list, in the caller's unit of work.
    /// </summary>
    public async Task MarkHandledAsync(string link, Guid? exceptUserId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Notifications.Where(n => n.Link == link && n.HandledAt == null && n.UserId != exceptUserId)
            .ToListAsync(cancellationToken);
        foreach (var notification in open)
        {
            notification.HandledAt = now;
        }
    }

    /// <summary>An email only, to someone without an account (or who cannot sign in): a help-desk visitor.</summary>
    public void EmailVisitor(string email, string text, string link) =>
        AddEmail(email, text, "Follow it on the MSIX Portal", link, clock.GetUtcNow().UtcDateTime);

    private void AddEmail(string to, string text, string where, string link, DateTime now) =>
        db.OutboxEmails.Add(new OutboxEmail
        {
            To = to,
            Subject = $"MSIX Portal: {text}",
            TextBody = $"{text}.\r\n\r\n{where}:\r\n{links.To(link)}\r\n\r\n"
                + "This email holds no student information. Do not reply.",
            CreatedAt = now,
            NextAttemptAt = now,
        });
}
