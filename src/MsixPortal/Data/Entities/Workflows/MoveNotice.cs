using MsixPortal.Authorization;

namespace MsixPortal.Data.Entities.Workflows;

/// <summary>
/// A notice that a child moved (or is moving) between States, routed to the receiving State's
/// designated recipients. <see cref="StateCode"/> is the receiving State: the one that must act.
/// </summary>
public class MoveNotice : IStateScoped
{
    public long Id { get; set; }
    public MoveNoticeKind Kind { get; set; }
    public long ConsolidatedStudentId { get; set; }

    /// <summary>The State that must act: where the child went, or (moved to us) where the child came from.</summary>
    public string StateCode { get; set; } = "";

    /// <summary>The sender's State (null for a national user).</summary>
    public string? SenderStateCode { get; set; }

    public string? District { get; set; }
    public string? City { get; set; }
    public string? School { get; set; }
    public DateOnly MoveDate { get; set; }
    public bool MoveDateIsExpected { get; set; }
    public string? Comments { get; set; }
    public string SenderContact { get; set; } = "";
    public Guid SenderUserId { get; set; }
    public DateTime SentAt { get; set; }

    /// <summary>4 working days after the notice was sent (34 CFR 200.85).</summary>
    public DateOnly DueOn { get; set; }

    public MoveNoticeStatus Status { get; set; }
    public Guid? AssignedToUserId { get; set; }
    public DateTime? ReceivedAt { get; set; }
    public Guid? ReceivedByUserId { get; set; }
    /// <summary>When the first outcome was recorded (timeliness counts it); a changed outcome keeps it, the audit trail has each change.</summary>
    public DateTime? OutcomeAt { get; set; }
    public Guid? OutcomeByUserId { get; set; }

    /// <summary>The receiving State's optional comment on its latest outcome (shown to the sender on the portal, never emailed).</summary>
    public string? OutcomeComment { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid? ClosedByUserId { get; set; }

    /// <summary>When the recipients were reminded that it is overdue: they are reminded once, not every round.</summary>
    public DateTime? OverdueReminderSentAt { get; set; }

    /// <summary>xmin: two recipients acting at once cannot both move the status.</summary>
    public uint Version { get; set; }
}
