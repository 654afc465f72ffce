namespace MsixPortal.Features.Submissions;

/// <summary>Limits on submissions (section "Submissions" of the settings).</summary>
public sealed class SubmissionSettings
{
    public const string Section = "Submissions";

    /// <summary>Largest accepted file; larger ones are refused while they arrive.</summary>
    public long MaxFileBytes { get; set; } = 150L * 1024 * 1024;

    /// <summary>Most students in one file.</summary>
    public int MaxStudents { get; set; } = 40_000;

    /// <summary>API requests per client per minute; more get 429 with Retry-After.</summary>
    public int ApiRequestsPerMinute { get; set; } = 30;

    /// <summary>How long a bearer token from the token endpoint lasts (at most an hour).</summary>
    public TimeSpan ApiTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed token requests per client address per minute; more get 429 with Retry-After.</summary>
    public int TokenFailuresPerMinute { get; set; } = 10;
}
