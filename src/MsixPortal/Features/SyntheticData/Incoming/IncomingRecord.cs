using MsixPortal.Features.Submissions.Format;

namespace MsixPortal.Features.SyntheticData.Incoming;

public enum IncomingKind
{
    /// <summary>The State resends a record it sent before (action U): linked by State + State student ID.</summary>
    Update,

    /// <summary>A child already known from other States, as the new State writes it (variations): should link.</summary>
    KnownChild,

    /// <summary>A child the exchange has never seen: should get a new MSIX ID.</summary>
    NewChild,
}

/// <summary>
/// One record of a generated submission with its truth: the MSIX ID it belongs to (null for a new
/// child) and, for a twin, the co-twin's MSIX ID, which it must never be joined to automatically.
/// </summary>
public sealed record IncomingRecord(SubmissionStudent Student, IncomingKind Kind, string? TrueMsixId, string? CoTwinMsixId);
