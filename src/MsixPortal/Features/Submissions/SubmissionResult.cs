using MsixPortal.Data.Entities.Submissions;
using MsixPortal.Features.Submissions.Validation;

namespace MsixPortal.Features.Submissions;

/// <summary>
/// The outcome of a submission or dry run. <see cref="Replayed"/> says the same file or idempotency
/// key was already processed and this is that first result, unchanged.
/// </summary>
public sealed record SubmissionResult
{
    public Guid? PublicId { get; init; }
    public SubmissionStatus Status { get; init; }
    public bool DryRun { get; init; }
    public bool Replayed { get; init; }

    /// <summary>The idempotency key was used before for a different file: refused, nothing done.</summary>
    public bool KeyConflict { get; init; }

    /// <summary>The API client or its secret was revoked while the file was being applied: nothing was committed.</summary>
    public bool CredentialsRevoked { get; init; }

    public string? FileProblem { get; init; }
    public int StudentCount { get; init; }
    public int Inserted { get; init; }
    public int Updated { get; init; }
    public int Deleted { get; init; }
    public int Rejected { get; init; }
    public int Linked { get; init; }
    public int NewStudents { get; init; }
    public int NearMatches { get; init; }
    public int LateNewChildren { get; init; }

    /// <summary>The problems found (for a dry run, and for a submission just made).</summary>
    public IReadOnlyList<SubmissionProblem> Problems { get; init; } = [];

    public static SubmissionResult From(Submission s, bool replayed, IReadOnlyList<SubmissionProblem> problems) => new()
    {
        PublicId = s.PublicId, Status = s.Status, Replayed = replayed, FileProblem = s.FileProblem,
        StudentCount = s.StudentCount, Inserted = s.Inserted, Updated = s.Updated, Deleted = s.Deleted,
        Rejected = s.Rejected, Linked = s.Linked, NewStudents = s.NewStudents, NearMatches = s.NearMatches,
        LateNewChildren = s.LateNewChildren, Problems = problems,
    };
}
