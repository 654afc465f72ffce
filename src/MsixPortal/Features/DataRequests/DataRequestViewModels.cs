using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.MergeSplit;

namespace MsixPortal.Features.DataRequests;

public sealed record DataRequestNewViewModel(string MsixId, IReadOnlyList<string> States, string? OwnStateCode, DataRequestInputModel Input);

public sealed record DataRequestSentItem(long Id, string MsixId, string ChildName, string StateCode, DateTime RequestedAt, DateOnly NeededBy,
    DataRequestStatus Status, bool IsOverdue);

public sealed record DataRequestSentViewModel(IReadOnlyList<DataRequestSentItem> Items, int OverdueCount);

public sealed record DataRequestDetailsViewModel(
    long Id,
    DataRequestStatus Status,
    string MsixId,
    string ChildName,
    string StateCode,
    string? RequesterStateCode,
    string RequestedBy,
    DateTime RequestedAt,
    string Kinds,
    string Reason,
    DateOnly NeededBy,
    bool IsOverdue,
    string? AnswerMessage,
    string? AnsweredBy,
    DateTime? AnsweredAt,
    bool HasAttachment,
    string? ClosedBy,
    DateTime? ClosedAt,
    bool CanAnswer,
    bool IsCorrection,
    bool CanClose,
    DataRequestAnswerInputModel Answer);

/// <summary>A State a request would go to, and whether it has a data administrator to answer.</summary>
public sealed record DataRequestReceiver(string StateCode, bool HasUsers);

/// <summary>What sending a request would do: Found = the MSIX ID names a record; Problem (with its field) = refused.</summary>
public sealed record DataRequestCheck(bool Found, ResolvedStudent? Student, string? ProblemField, string? Problem,
    IReadOnlyList<DataRequestReceiver> Receivers);

public sealed record DataRequestConfirmViewModel(string MsixId, DataRequestInputModel Input, IReadOnlyList<DataRequestReceiver> Receivers);
