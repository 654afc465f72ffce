using System.Globalization;
using Microsoft.Extensions.Options;

namespace MsixPortal.Infrastructure.Email;

/// <summary>
/// Writes each email as an .eml file into a folder (development and tests, where no SMTP server
/// runs). File names sort by time, so the newest message is the last one.
/// </summary>
public sealed class PickupFolderEmailSender(
    IOptions<EmailOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    ILogger<PickupFolderEmailSender> logger) : IPortalEmailSender
{
    public async Task SendAsync(PortalEmail email, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory);
        Directory.CreateDirectory(folder);
        var name = string.Create(CultureInfo.InvariantCulture,
            $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        var message = MimeMessages.Create(email, options.Value);
        // Written under a temporary name and renamed: a reader (a test, a mail tool) never sees half a message.
        var partial = Path.Combine(folder, name + ".partial");
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, Path.Combine(folder, name));
        logger.LogInformation("Wrote email {Subject} to the pickup folder", email.Subject);
    }
}
