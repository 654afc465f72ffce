using MsixPortal.Authorization;

namespace MsixPortal.Data.Entities.Linking;

public enum NearMatchStatus
{
    Open,
    Matched,
    NotMatched,
}

/// <summary>
/// A State record that looked like an existing consolidated student but not certainly enough to
/// join automatically. The record was stored under a new MSIX ID; the submitting State's data
/// administrators decide: match (move it to the candidate) or no match (keep it apart, remembered).
/// </summary>
public class NearMatchItem : IStateScoped
{
    public long Id { get; set; }
    public Guid PublicId { get; set; }

    /// <summary>The submitting State, whose data administrators decide.</summary>
    public string StateCode { get; set; } = "";

    public long SubmissionId { get; set; }
    public long StateStudentRecordId { get; set; }
    public long CandidateConsolidatedStudentId { get; set; }

    public decimal Score { get; set; }

    /// <summary>The score's parts as JSON ([{"factor":"Birth date","points":4.0,"why":"exact"}]); no values.</summary>
    public string Explanation { get; set; } = "[]";

    public NearMatchStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Who took the item from the State's shared worklist ("assign to me"); null while nobody has.</summary>
    public Guid? AssignedToUserId { get; set; }

    public Guid? DecidedByUserId { get; set; }

    /// <summary>
    /// The consolidated student the record sat under while undecided (its temporary MSIX ID), written
    /// when decided: after a match the record has moved, and the page still names the MSIX ID it retired.
    /// </summary>
    public long? ProvisionalStudentId { get; set; }
    public DateTime? DecidedAt { get; set; }

    /// <summary>PostgreSQL's xmin: two administrators deciding at once, only one wins.</summary>
    public uint Version { get; set; }

    string? IStateScoped.StateCode => StateCode;
}
