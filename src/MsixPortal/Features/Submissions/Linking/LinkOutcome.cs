namespace MsixPortal.Features.Submissions.Linking;

public enum LinkKind
{
    /// <summary>Joined an existing consolidated student automatically.</summary>
    Linked,

    /// <summary>Stored under a new MSIX ID, with a near-match work item proposing the candidate.</summary>
    NearMatch,

    /// <summary>No plausible candidate: a new MSIX ID.</summary>
    New,
}

/// <summary>
/// What linking decided for one incoming record. A near match proposes a stored consolidated student
/// (<see cref="CandidateConsolidatedStudentId"/>) or another new record of the same file
/// (<see cref="SameFileIndex"/>, its position among the records linked), whose consolidated student is
/// known only once the file's records are written.
/// </summary>
public sealed record LinkOutcome(LinkKind Kind, long? CandidateConsolidatedStudentId, MatchScore? Score, int? SameFileIndex = null)
{
    public static readonly LinkOutcome New = new(LinkKind.New, null, null);
}
