namespace MsixPortal.Features.Account.RateLimits;

/// <summary>
/// Settings under <c>RateLimits</c>. Windows are one minute. Limits are per app instance (the
/// lockout counters in the database are what holds across instances).
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sign-in, second-factor and forgot-password POSTs per client IP.</summary>
    public int SignInPerIpPerMinute { get; set; } = 20;

    /// <summary>Sign-in steps per account (email), whatever IP they come from.</summary>
    public int SignInPerAccountPerMinute { get; set; } = 10;

    /// <summary>All requests of anonymous visitors per client IP (static files excepted).</summary>
    public int AnonymousPerIpPerMinute { get; set; } = 300;
}
