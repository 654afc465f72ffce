using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.DataRequests;

public sealed record DataRequestNewViewModel(string MsixId, IReadOnlyList<string> States, DataRequestInputModel Input);

public sealed record DataRequestSentItem(long Id, string MsixId, string StateCode, DateTime RequestedAt, DateOnly NeededBy,
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
    bool CanClose,
    DataRequestAnswerInputModel Answer,
    string? Problem);
