namespace MsixPortal.Infrastructure.Email;

/// <summary>
/// Sends a portal email. Two implementations: SMTP (MailKit) and a pickup folder for development.
/// Bodies never carry student PII; they say that something is waiting and link to the portal.
/// </summary>
public interface IPortalEmailSender
{
    Task SendAsync(PortalEmail email, CancellationToken cancellationToken = default);
}

public sealed record PortalEmail(string To, string Subject, string TextBody);
