using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MsixPortal.Features.Account.RateLimits;

/// <summary>
/// ASP.NET Core rate limiting for sign-in (security.md 31): a per-IP policy on the sign-in POSTs,
/// a global per-IP limit for anonymous visitors, and 429 with Retry-After when a limit is hit.
/// The per-account limit is <see cref="AccountRateLimiter"/>, since the account is in the form body.
/// </summary>
public static class SignInRateLimits
{
    public const string PerIpPolicy = "sign-in-per-ip";

    public static IServiceCollection AddPortalSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.SectionName));
        services.AddSingleton<AccountRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            var settings = limits.Value;
            options.AddPolicy(PerIpPolicy, context =>
                RateLimitPartition.GetFixedWindowLimiter(ClientIp(context), _ => PerMinute(settings.SignInPerIpPerMinute)));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity?.IsAuthenticated == true
                    ? RateLimitPartition.GetNoLimiter("signed-in")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientIp(context), _ => PerMinute(settings.AnonymousPerIpPerMinute)));
            options.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    public static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };

    /// <summary>Writes the 429 answer: Retry-After in whole seconds, and a warning log without PII.</summary>
    public static void WriteTooManyRequests(HttpContext context, TimeSpan? retryAfter)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
        context.Response.Headers.RetryAfter = Math.Max(seconds, 1).ToString(CultureInfo.InvariantCulture);
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimits))
            .LogWarning("Rate limit hit on {Path} from {ClientIp}", context.Request.Path.Value, ClientIp(context));
    }

    private static ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        WriteTooManyRequests(rejected.HttpContext,
            rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null);
        return ValueTask.CompletedTask;
    }

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
