namespace MsixPortal.Features.Search;

/// <summary>One page of search results, grouped by consolidated student.</summary>
public sealed class SearchResultsViewModel
{
    public required Guid SearchId { get; init; }
    public required IReadOnlyList<SearchResultViewModel> Results { get; init; }
    public required int Total { get; init; }
    public required int Page { get; init; }
    public required int PageSize { get; init; }

    /// <summary>True when nothing matched as typed and these come from the looser retry.</summary>
    public bool Relaxed { get; init; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

/// <summary>One consolidated student: what each State has, and why it matched.</summary>
public sealed class SearchResultViewModel
{
    public required string MsixId { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }
    public required IReadOnlyList<StateRecordSummary> Records { get; init; }

    public IReadOnlyList<string> States => Records.Select(r => r.StateCode).Distinct(StringComparer.Ordinal).ToList();
    public StateRecordSummary? LatestEnrollment => Records.Where(r => r.EnrollmentDate is not null)
        .OrderByDescending(r => r.EnrollmentDate).FirstOrDefault();
}

/// <summary>One State's record of the child, as that State has it.</summary>
public sealed record StateRecordSummary(
    string StateCode,
    string FullName,
    DateOnly BirthDate,
    string Sex,
    IReadOnlyList<string> Parents,
    string? SchoolName,
    DateOnly? EnrollmentDate);
