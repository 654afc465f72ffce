using MsixPortal.Authorization;

namespace MsixPortal.Data.Entities.Submissions;

/// <summary>How a submission ended.</summary>
public enum SubmissionStatus
{
    /// <summary>Valid students were applied; invalid ones (if any) were rejected and reported.</summary>
    Applied,

    /// <summary>The file could not be read or its header was wrong: nothing was applied.</summary>
    Rejected,
}

/// <summary>
/// One file a State sent (upload, API or operator command), with what it did. Its content hash and
/// idempotency key make a re-sent file return this first result instead of applying again.
/// </summary>
public class Submission : IStateScoped
{
    public long Id { get; set; }

    /// <summary>The opaque identifier used in URLs and API responses.</summary>
    public Guid PublicId { get; set; }

    public string StateCode { get; set; } = "";

    /// <summary>SHA-256 of the file's bytes, lowercase hex.</summary>
    public string ContentSha256 { get; set; } = "";

    public string? IdempotencyKey { get; set; }

    /// <summary>"upload", "api" or "operator".</summary>
    public string Channel { get; set; } = "";

    public Guid? SubmittedByUserId { get; set; }
    public long? ApiClientId { get; set; }

    public DateTime ReceivedAt { get; set; }
    public DateTime CompletedAt { get; set; }
    public SubmissionStatus Status { get; set; }

    /// <summary>Why the whole file was rejected (no value from the file in it).</summary>
    public string? FileProblem { get; set; }

    public DateTime? FileTimestamp { get; set; }
    public DateOnly? EffectiveBeginDate { get; set; }
    public DateOnly? EffectiveEndDate { get; set; }

    public int StudentCount { get; set; }
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Deleted { get; set; }
    public int Rejected { get; set; }
    public int Linked { get; set; }
    public int NewStudents { get; set; }
    public int NearMatches { get; set; }

    /// <summary>New children whose latest qualifying arrival is more than 10 working days before receipt.</summary>
    public int LateNewChildren { get; set; }

    public List<SubmissionError> Errors { get; set; } = [];

    string? IStateScoped.StateCode => StateCode;
}
