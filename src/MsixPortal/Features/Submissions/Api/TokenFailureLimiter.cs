using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using MsixPortal.Features.Account.RateLimits;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// Counts failed token requests per client address (setting Submissions:TokenFailuresPerMinute): an
/// address that used up its failures gets 429 for the rest of the minute, whatever it sends. Only
/// failures count, so a State system that gets a token now and then is never slowed. Per app instance.
/// </summary>
public sealed class TokenFailureLimiter(IOptions<SubmissionSettings> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => SignInRateLimits.PerMinute(options.Value.TokenFailuresPerMinute)));

    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>Whether the address has no failure left this minute.</summary>
    public bool IsBlocked(string address) => _failures.GetStatistics(address)?.CurrentAvailablePermits <= 0;

    public void RecordFailure(string address)
    {
        using var lease = _failures.AttemptAcquire(address);
    }

    public void Dispose() => _failures.Dispose();
}
