using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using MsixPortal.Features.Account.RateLimits;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// Requests per API client per minute (setting Submissions:ApiRequestsPerMinute). A filter, not the
/// rate-limiting middleware: it runs after the bearer token is checked, so the partition is the client
/// the token proves, not one a request merely claims (no one can use up another State's allowance).
/// Every answer carries RateLimit-Limit and RateLimit-Remaining; over the limit: 429 problem details with
/// Retry-After and RateLimit-Reset (seconds). Per app instance, like the sign-in limits.
/// </summary>
public sealed class SubmissionApiRateLimit(IOptions<SubmissionSettings> options) : IAsyncResourceFilter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => SignInRateLimits.PerMinute(options.Value.ApiRequestsPerMinute)));

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        var client = http.User.FindFirst(ApiClientAuthenticationHandler.ApiClientIdClaim)?.Value ?? TokenFailureLimiter.AddressOf(http);
        using var lease = _limiter.AttemptAcquire(client);
        var headers = http.Response.Headers;
        headers["RateLimit-Limit"] = options.Value.ApiRequestsPerMinute.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = (_limiter.GetStatistics(client)?.CurrentAvailablePermits ?? 0).ToString(CultureInfo.InvariantCulture);
        if (lease.IsAcquired)
        {
            await next();
            return;
        }
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        headers.RetryAfter = seconds;
        headers["RateLimit-Reset"] = seconds;
        context.Result = new ObjectResult(new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = $"This client may make {options.Value.ApiRequestsPerMinute} requests a minute. Try again in {seconds} s.",
        })
        { StatusCode = StatusCodes.Status429TooManyRequests, ContentTypes = { "application/problem+json" } };
    }

    public void Dispose() => _limiter.Dispose();
}
