using MimeKit;

namespace MsixPortal.Infrastructure.Email;

/// <summary>Turns a <see cref="PortalEmail"/> into the MIME message both senders deliver.</summary>
internal static class MimeMessages
{
    public static MimeMessage Create(PortalEmail email, EmailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Subject = email.Subject;
        message.Body = new TextPart("plain") { Text = email.TextBody };
        return message;
    }
}
