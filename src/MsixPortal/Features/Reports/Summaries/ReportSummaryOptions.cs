namespace MsixPortal.Features.Reports.Summaries;

/// <summary>Settings under <c>Reports</c>: how the report summaries are kept current.</summary>
public sealed class ReportSummaryOptions
{
    public const string SectionName = "Reports";

    /// <summary>Whether this instance refreshes summaries in the background (tests refresh on demand).</summary>
    public bool RefreshEnabled { get; set; } = true;

    /// <summary>How often the worker looks for States whose data changed.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A State's summaries are refreshed at least this often, even with no submission (merges, eligibility running out).</summary>
    public TimeSpan MaximumAge { get; set; } = TimeSpan.FromHours(24);
}
