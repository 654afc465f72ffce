using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using MsixPortal.Features.Account.RateLimits;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// Requests per API client per minute (setting Submissions:ApiRequestsPerMinute), partitioned by
/// the client ID the request claims (or its IP without one). Over the limit: 429 with Retry-After
/// (the portal's rate limiter answer). Per app instance, like the sign-in limits.
/// </summary>
public static class SubmissionApiRateLimit
{
    public const string Policy = "submissions-api";

    public static IServiceCollection AddSubmissionApiRateLimit(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SubmissionSettings>>((options, settings) =>
            options.AddPolicy(Policy, context => RateLimitPartition.GetFixedWindowLimiter(
                ApiClientCredentials.ClaimedClientId(context.Request) ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => SignInRateLimits.PerMinute(settings.Value.ApiRequestsPerMinute))));
        return services;
    }
}
