namespace MsixPortal.TestSupport;

/// <summary>
/// The portal for test classes that sign many users in from the one test client IP: the sign-in
/// rate limits are raised so that they are not what those tests measure (rate-limit tests use
/// <see cref="PortalAppFactory"/> with its defaults).
/// </summary>
public class ManySignInsPortalAppFactory : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerIpPerMinute"] = "10000",
        ["RateLimits:SignInPerAccountPerMinute"] = "10000",
        ["RateLimits:AnonymousPerIpPerMinute"] = "10000",
    };
}
