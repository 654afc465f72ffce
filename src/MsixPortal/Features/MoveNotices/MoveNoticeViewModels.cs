using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MoveNotices;

public sealed record StateOption(string Code, string Label);

public sealed record MoveNoticeNewViewModel(string MsixId, IReadOnlyList<StateOption> States, MoveNoticeInputModel Input);

public sealed record MoveNoticeSentItem(
    long Id, string MsixId, MoveNoticeKind Kind, string StateCode, DateTime SentAt, DateOnly DueOn,
    MoveNoticeStatus Status, bool IsOverdue);

public sealed record MoveNoticeSentViewModel(IReadOnlyList<MoveNoticeSentItem> Items, int OverdueCount);

public sealed record MoveNoticeEvent(string What, DateTime At, string By);

public sealed record MoveNoticeDetailsViewModel(
    long Id,
    MoveNoticeKind Kind,
    MoveNoticeStatus Status,
    string MsixId,
    string ChildName,
    DateOnly? BirthDate,
    string StateCode,
    string? SenderStateCode,
    string? District,
    string? City,
    string? School,
    DateOnly MoveDate,
    bool MoveDateIsExpected,
    string? Comments,
    string SenderContact,
    DateOnly DueOn,
    bool IsOverdue,
    IReadOnlyList<MoveNoticeEvent> History,
    bool CanAcknowledge,
    bool CanRecordOutcome,
    bool CanClose);
