using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MergeSplit;

/// <summary>One State record shown as a column: whose MSIX ID it sits under and which State sent it.</summary>
public sealed record ComparisonColumn(long RecordId, long StudentId, string MsixId, string StateCode, bool Highlighted);

/// <summary>One data element across the columns; <see cref="Agrees"/> when every column has the same value.</summary>
public sealed record ComparisonRow(string Label, IReadOnlyList<string> Values, bool Agrees);

public sealed record RecordComparison(IReadOnlyList<ComparisonColumn> Columns, IReadOnlyList<ComparisonRow> Rows);

public sealed record MergeNewViewModel(IReadOnlyList<string> MsixIds, RecordComparison? Comparison, MergeFlagInputModel Input, string? Problem);

public sealed record SplitNewViewModel(string MsixId, RecordComparison? Comparison, SplitFlagInputModel Input, string? Problem);

public sealed record MergeSplitReviewViewModel(
    long Id,
    MergeSplitKind Kind,
    MergeSplitStatus Status,
    string Reason,
    string FlaggedBy,
    DateTime FlaggedAt,
    string MasterMsixId,
    RecordComparison Comparison,
    string? DecidedBy,
    DateTime? DecidedAt,
    string? DecisionComment,
    bool CanDecide,
    string? WhyNotDecide,
    bool CanValidate,
    bool ValidatingApplies,
    IReadOnlyList<string> ValidatedStates,
    IReadOnlyList<string> WaitingForStates);
