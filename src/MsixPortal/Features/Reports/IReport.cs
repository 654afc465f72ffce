namespace MsixPortal.Features.Reports;

/// <summary>One report under /reports: its address, what it shows and which filters it reads.</summary>
public interface IReport
{
    /// <summary>The last segment of its address, e.g. "timeliness".</summary>
    string Slug { get; }

    string Title { get; }

    /// <summary>One or two sentences for the list of reports and the top of the page.</summary>
    string Summary { get; }

    ReportFilters Filters { get; }

    /// <summary>A partial view shown under the table (e.g. a State entering its own count), or null.</summary>
    string? FormPartial => null;

    Task<ReportResult> RunAsync(ReportQuery query, CancellationToken cancellationToken);
}

/// <summary>Which filters a report's page offers (the State filter is always there for national users).</summary>
[Flags]
public enum ReportFilters
{
    None = 0,
    Period = 1,
    DateRange = 2,
}
