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
        var url = links.To(link);
        foreach (var recipient in recipients.DistinctBy(r => r.UserId))
        {
            db.Notifications.Add(new Notification { UserId = recipient.UserId, Text = text, Link = link, CreatedAt = now });
            if (!string.IsNullOrWhiteSpace(recipient.Email))
            {
                db.OutboxEmails.Add(new OutboxEmail
                {
                    To = recipient.Email,
                    Subject = $"MSIX Portal: {text}",
                    TextBody = $"{text}.\r\n\r\nSign in to the MSIX Portal to see it:\r\n{url}\r\n\r\n"
                        + "This email holds no student information. Do not reply.",
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            }
        }
    }
}
