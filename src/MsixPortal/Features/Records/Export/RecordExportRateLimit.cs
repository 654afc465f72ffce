using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MsixPortal.Features.Records.Export;

/// <summary>
/// Exports per signed-in user per minute (security.md 30): bulk copying of records one export at a
/// time is refused with 429. Per app instance; the audit trail shows volume across instances.
/// </summary>
public static class RecordExportRateLimit
{
    public const string PolicyName = "record-exports-per-user";

    public static IServiceCollection AddRecordExportRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RecordExportOptions>(configuration.GetSection(RecordExportOptions.SectionName));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RecordExportOptions>>((options, exports) =>
        {
            var permits = exports.Value.PerUserPerMinute;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}

/// <summary>Settings under <c>Records:Export</c>.</summary>
public sealed class RecordExportOptions
{
    public const string SectionName = "Records:Export";

    /// <summary>Exports one user may make per minute.</summary>
    public int PerUserPerMinute { get; set; } = 10;
}
