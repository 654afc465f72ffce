using Microsoft.AspNetCore.Mvc;
using MsixPortal.Features.Submissions.Validation;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// The API's answer about a submission (or dry run): its status, counts and one page of its errors
/// (each rejected student's element and reason, in the words of the error report).
/// </summary>
public sealed record SubmissionApiResult(
    Guid? Id,
    string Status,
    bool DryRun,
    bool Replayed,
    string? FileProblem,
    SubmissionApiCounts Counts,
    IReadOnlyList<SubmissionApiError> Errors,
    SubmissionApiErrorPage ErrorPage)
{
    /// <summary>The result with the first <paramref name="pageSize"/> of its problems.</summary>
    public static SubmissionApiResult From(SubmissionResult r, int pageSize) => From(r, r.Problems.Take(pageSize).ToList(),
        new SubmissionApiErrorPage(1, pageSize, r.Problems.Count));

    public static SubmissionApiResult From(SubmissionResult r, IReadOnlyList<SubmissionProblem> page, SubmissionApiErrorPage errorPage) => new(
        r.PublicId, r.KeyConflict ? "IdempotencyKeyConflict" : r.Status.ToString(), r.DryRun, r.Replayed, r.FileProblem,
        new SubmissionApiCounts(r.StudentCount, r.Inserted, r.Updated, r.Deleted, r.Rejected, r.Linked, r.NewStudents,
            r.NearMatches, r.LateNewChildren),
        page.Select(SubmissionApiError.From).ToList(), errorPage);
}

public sealed record SubmissionApiCounts(int Students, int Inserted, int Updated, int Deleted, int Rejected, int Linked,
    int NewStudents, int NearMatches, int LateNewChildren);

/// <summary>Which errors <see cref="SubmissionApiResult.Errors"/> holds: page (1-based) of pageSize, out of totalErrors.</summary>
public sealed record SubmissionApiErrorPage(int Page, int PageSize, int TotalErrors)
{
    public int TotalPages => TotalErrors == 0 ? 1 : (TotalErrors + PageSize - 1) / PageSize;
}

/// <summary>One problem: student position (0 = header/file), record number, State student ID, child row, element, problem.</summary>
public sealed record SubmissionApiError(int Position, string? RecordNumber, string? StateStudentId, string? Section, string? Sequence,
    int? ElementNumber, string ElementName, string Problem)
{
    public static SubmissionApiError From(SubmissionProblem p) =>
        new(p.Position, p.RecordNumber, p.StateStudentId, p.Section?.ToString(), p.Sequence, p.ElementNumber, p.ElementName, p.Problem);
}

/// <summary>Problem details (RFC 9457) of a file rejected whole (422), with the submission's result and first errors.</summary>
public sealed class SubmissionRejectedProblem : ProblemDetails
{
    public required SubmissionApiResult Submission { get; init; }
}
