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
}
