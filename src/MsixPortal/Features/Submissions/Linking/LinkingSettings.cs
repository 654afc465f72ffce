namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// Linking thresholds (section "Linking" of the settings). A score at or above
/// <see cref="AutoLinkThreshold"/> joins automatically; from <see cref="ReviewThreshold"/> it becomes
/// a near-match work item; below it the record gets a new MSIX ID.
/// </summary>
public sealed class LinkingSettings
{
    public const string Section = "Linking";

    public double AutoLinkThreshold { get; set; } = 14;
    public double ReviewThreshold { get; set; } = 8;

    /// <summary>
    /// A best candidate at least this far ahead of the runner-up is not contested by it (see
    /// docs/submissions/linking.md, decision).
    /// </summary>
    public double ContestMargin { get; set; } = 6;

    /// <summary>Keys shared by more records than this are too common to narrow anything down and are skipped.</summary>
    public int MaxBlockSize { get; set; } = 500;
}
