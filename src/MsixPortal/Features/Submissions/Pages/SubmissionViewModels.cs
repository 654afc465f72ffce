using MsixPortal.Data.Entities.Submissions;
using MsixPortal.Features.Submissions.Validation;

namespace MsixPortal.Features.Submissions.Pages;

/// <summary>
/// A submission's or dry run's result page: the counts, and the first problems (the downloadable
/// report has them all). <paramref name="ReportUrl"/> is the error report's URL without extension.
/// <paramref name="NearMatches"/>: the near matches the submission proposed, linked from the count.
/// </summary>
public sealed record SubmissionResultViewModel(SubmissionResult Result, int ProblemCount, string? StateCode, DateTime? ReceivedAt,
    string? ReportUrl, IReadOnlyList<SubmissionNearMatch>? NearMatches = null)
{
    public IEnumerable<SubmissionProblem> ShownProblems => Result.Problems.Take(SubmissionQueries.ProblemsShownOnPage);

    public bool MoreProblemsThanShown => ProblemCount > SubmissionQueries.ProblemsShownOnPage;
}

/// <summary>A near match a submission proposed, and whether it is still to decide.</summary>
public sealed record SubmissionNearMatch(Guid PublicId, bool Open);

/// <summary>The progress page of an upload still being read, checked or applied.</summary>
public sealed record SubmissionProgressViewModel(Guid JobId, bool DryRun, bool Waiting, int StudentsRead);

/// <summary>One line of a State's submission history.</summary>
public sealed record SubmissionHistoryRow(
    Guid PublicId,
    string StateCode,
    DateTime ReceivedAt,
    string Channel,
    SubmissionStatus Status,
    int StudentCount,
    int Inserted,
    int Updated,
    int Deleted,
    int Rejected,
    int Linked,
    int NewStudents,
    int NearMatches,
    int LateNewChildren)
{
    /// <summary>The status in the same words as the result page, so "Applied" never stands beside "all rejected".</summary>
    public string StatusText => SubmissionOutcome.Of(new SubmissionResult
    {
        Status = Status, StudentCount = StudentCount, Inserted = Inserted, Updated = Updated, Deleted = Deleted, Rejected = Rejected,
    }).Status;
}

/// <summary>The history page: newest first, at most <see cref="SubmissionQueries.HistoryLimit"/> rows.</summary>
public sealed record SubmissionHistoryViewModel(IReadOnlyList<SubmissionHistoryRow> Rows, bool ShowsAllStates, bool CanUpload);

/// <summary>Sentences the pages use for statuses and timeliness (no values from files).</summary>
public static class SubmissionLabels
{
    public static string Timeliness(int lateNewChildren) => lateNewChildren switch
    {
        0 => "On time",
        1 => "1 new child late",
        _ => $"{lateNewChildren} new children late",
    };

    public static string Channel(string channel) => channel switch
    {
        "upload" => "Upload page",
        "api" => "API",
        "operator" => "Operator",
        _ => channel,
    };
}
