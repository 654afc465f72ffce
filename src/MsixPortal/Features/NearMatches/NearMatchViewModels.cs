using MsixPortal.Data.Entities.Linking;
using MsixPortal.Features.MergeSplit;
using MsixPortal.Features.Submissions.Linking;

namespace MsixPortal.Features.NearMatches;

/// <summary>How the linking score came about: its parts and the thresholds it fell between.</summary>
public sealed record ScoreExplanation(decimal Total, IReadOnlyList<ScorePart> Parts, double AutoLinkThreshold, double ReviewThreshold);

/// <summary>GET /near-matches/{id}: the incoming State record beside the candidate's records, and the score explained.</summary>
public sealed record NearMatchReviewViewModel(
    Guid PublicId,
    NearMatchStatus Status,
    string StateCode,
    DateTime CreatedAt,
    string IncomingMsixId,
    string CandidateMsixId,
    ScoreExplanation Score,
    RecordComparison Comparison,
    string? DecidedBy,
    DateTime? DecidedAt,
    bool CanDecide);

/// <summary>GET /near-matches/{id}/decide?decision=: what the decision will change, before it is made.</summary>
public sealed record NearMatchConfirmViewModel(NearMatchReviewViewModel Item, bool IsMatch);

/// <summary>GET (confirm) and POST /near-matches/{id}/decide: "match" or "no-match".</summary>
public sealed class NearMatchDecisionInputModel
{
    public const string Match = "match";
    public const string NoMatch = "no-match";

    public string? Decision { get; set; }

    public bool? IsMatch => Decision switch
    {
        Match => true,
        NoMatch => false,
        _ => null,
    };
}
