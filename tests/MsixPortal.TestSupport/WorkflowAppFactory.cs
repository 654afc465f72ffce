namespace MsixPortal.TestSupport;

/// <summary>
/// The portal with a fake clock and a fast email outbox (polled every 100 ms into the pickup
/// folder), for tests of notices, requests, merges and worklists.
/// </summary>
public class WorkflowAppFactory : ClockedPortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Notifications:OutboxPollInterval"] = "00:00:00.100",
        ["RateLimits:SignInPerIpPerMinute"] = "10000",
        ["RateLimits:SignInPerAccountPerMinute"] = "10000",
        ["RateLimits:AnonymousPerIpPerMinute"] = "10000",
    };
}
