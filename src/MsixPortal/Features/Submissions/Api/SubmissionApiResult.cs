using MsixPortal.Data.Entities.Submissions;
using MsixPortal.Features.Submissions.Validation;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>The API's answer about a submission (or dry run): its status, counts and errors.</summary>
public sealed record SubmissionApiResult(
    Guid? Id,
    string Status,
    bool DryRun,
    bool Replayed,
    string? FileProblem,
    SubmissionApiCounts Counts,
    IReadOnlyList<SubmissionApiError> Errors)
{
    public static SubmissionApiResult From(SubmissionResult r) => new(
        r.PublicId, r.KeyConflict ? "IdempotencyKeyConflict" : r.Status.ToString(), r.DryRun, r.Replayed, r.FileProblem,
        new SubmissionApiCounts(r.StudentCount, r.Inserted, r.Updated, r.Deleted, r.Rejected, r.Linked, r.NewStudents,
            r.NearMatches, r.LateNewChildren),
        r.Problems.Select(SubmissionApiError.From).ToList());

    public static SubmissionApiResult From(Submission s, IReadOnlyList<SubmissionProblem> problems) =>
        From(SubmissionResult.From(s, replayed: false, problems));
}

public sealed record SubmissionApiCounts(int Students, int Inserted, int Updated, int Deleted, int Rejected, int Linked,
    int NewStudents, int NearMatches, int LateNewChildren);

/// <summary>One problem: student position (0 = header/file), record number, State student ID, child row, element, problem.</summary>
public sealed record SubmissionApiError(int Position, string? RecordNumber, string? StateStudentId, string? Section, string? Sequence,
    int? ElementNumber, string ElementName, string Problem)
{
    public static SubmissionApiError From(SubmissionProblem p) =>
        new(p.Position, p.RecordNumber, p.StateStudentId, p.Section?.ToString(), p.Sequence, p.ElementNumber, p.ElementName, p.Problem);
}
