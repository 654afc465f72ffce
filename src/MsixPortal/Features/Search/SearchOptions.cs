namespace MsixPortal.Features.Search;

/// <summary>Settings under "Search" in appsettings (tests and the benchmark override them).</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>How long typed criteria are kept server-side for paging.</summary>
    public int CriteriaLifetimeMinutes { get; set; } = 30;

    public int PageSize { get; set; } = 20;

    /// <summary>Searches (new searches and result pages) one user may run per minute (security.md 31).</summary>
    public int PermitsPerMinute { get; set; } = 30;
}
