using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MoveNotices;

public sealed record StateOption(string Code, string Label);

public sealed record MoveNoticeNewViewModel(string MsixId, IReadOnlyList<StateOption> States, MoveNoticeInputModel Input);

public sealed record MoveNoticeSentItem(
    long Id, string MsixId, string ChildName, string SentBy, MoveNoticeKind Kind, string? SenderStateCode, string StateCode,
    DateTime SentAt, DateOnly DueOn, MoveNoticeStatus Status, bool IsOverdue);

/// <summary>The notices the reader's State sent (<paramref name="StateCode"/>; null: a national user's own).</summary>
public sealed record MoveNoticeSentViewModel(IReadOnlyList<MoveNoticeSentItem> Items, int OverdueCount, string? StateCode);

/// <summary>What sending a notice will do: to whom (how many people receive it in that State).</summary>
public sealed record MoveNoticeConfirmViewModel(string MsixId, string ChildName, MoveNoticeInputModel Input, int RecipientCount);

/// <summary>The outcome confirmation page: what will be recorded, and who is told.</summary>
public sealed record MoveNoticeOutcomeViewModel(long Id, MoveNoticeStatus Outcome, MoveNoticeStatus Current, string? SenderStateCode,
    string? Comment);

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
    string SentBy,
    DateOnly DueOn,
    bool IsOverdue,
    IReadOnlyList<MoveNoticeEvent> History,
    MoveNoticeStatus? Outcome,
    string? OutcomeComment,
    bool ReaderIsReceiver,
    bool CanAcknowledge,
    bool CanRecordOutcome,
    bool CanClose);
