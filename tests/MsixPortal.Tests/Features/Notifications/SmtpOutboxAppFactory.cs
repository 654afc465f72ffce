using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Notifications;

/// <summary>
/// The portal sending by SMTP to a local port where, at first, nothing listens; the background
/// processor is off so that the test drives each delivery round itself.
/// </summary>
public sealed class SmtpOutboxAppFactory : ClockedPortalAppFactory
{
    public int SmtpPort { get; } = SmtpTestServer.FreePort();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:UseTls"] = "false",
        ["Notifications:OutboxEnabled"] = "false",
        ["Notifications:RetryBaseDelay"] = "00:00:30",
    };
}
