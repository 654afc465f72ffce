using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace MsixPortal.Infrastructure.Email;

/// <summary>Delivers portal email through the configured SMTP server (MailKit).</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IPortalEmailSender
{
    public async Task SendAsync(PortalEmail email, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var smtp = settings.Smtp;
        using var client = new SmtpClient();
        var security = !smtp.UseTls ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        var host = smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set.");
        await client.ConnectAsync(host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(MimeMessages.Create(email, settings), cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        // The subject says what kind of email it was; the address is PII of staff and stays out of logs.
        logger.LogInformation("Sent email {Subject} by SMTP", email.Subject);
    }
}
