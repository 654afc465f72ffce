using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MergeSplit;

/// <summary>One State record shown as a column: whose MSIX ID it sits under and which State sent it.</summary>
public sealed record ComparisonColumn(long RecordId, long StudentId, string MsixId, string StateCode, bool Highlighted);

/// <summary>One data element across the columns; <see cref="Agrees"/> when every column has the same value.</summary>
public sealed record ComparisonRow(string Label, IReadOnlyList<string> Values, bool Agrees);

public sealed record RecordComparison(IReadOnlyList<ComparisonColumn> Columns, IReadOnlyList<ComparisonRow> Rows);

/// <summary>
/// The merge form: the records compared, and <see cref="Suggestions"/>, MSIX IDs proposed as near
/// matches of those entered (to pick the other record without typing it from memory).
/// <see cref="LookupProblem"/>: an MSIX ID entered that cannot be merged (unknown, merged away).
/// </summary>
public sealed record MergeNewViewModel(IReadOnlyList<string> MsixIds, RecordComparison? Comparison, MergeFlagInputModel Input,
    string? LookupProblem, IReadOnlyList<string> Suggestions);

public sealed record SplitNewViewModel(string MsixId, RecordComparison? Comparison, SplitFlagInputModel Input, string? LookupProblem);

/// <summary>POST /records/merge/review: what the flag will do, before it is flagged.</summary>
public sealed record MergeConfirmViewModel(MergeFlagInputModel Input, MergePlan Plan);

/// <summary>POST /records/split/review: what the flag will do, before it is flagged.</summary>
public sealed record SplitConfirmViewModel(SplitFlagInputModel Input, SplitPlan Plan);

public sealed record MergeSplitReviewViewModel(
    long Id,
    MergeSplitKind Kind,
    MergeSplitStatus Status,
    string Reason,
    string FlaggedBy,
    DateTime FlaggedAt,
    string MasterMsixId,
    IReadOnlyList<string> OtherMsixIds,
    string? ResultMsixId,
    IReadOnlyList<LaterSplit> LaterSplits,
    RecordComparison Comparison,
    string? DecidedBy,
    DateTime? DecidedAt,
    string? DecisionComment,
    bool CanDecide,
    string? WhyNotDecide,
    bool CanValidate,
    bool ValidatingApplies,
    IReadOnlyList<string> ValidatedStates,
    IReadOnlyList<string> WaitingForStates,
    bool CanUndo,
    IReadOnlyList<string> UndoMovingStates);

/// <summary>A later split that gave <see cref="MsixId"/> (merged away by this merge) its records back.</summary>
public sealed record LaterSplit(long FlagId, string MsixId, DateTime OccurredAt);

/// <summary>GET /merge-split/{id}/validate or /reject: the flag, and what deciding it will change.</summary>
public sealed record MergeSplitConfirmDecisionViewModel(MergeSplitReviewViewModel Flag, bool Validate);
