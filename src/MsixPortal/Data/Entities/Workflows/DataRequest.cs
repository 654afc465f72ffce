using MsixPortal.Authorization;

namespace MsixPortal.Data.Entities.Workflows;

/// <summary>A request to one State that submitted records of a child, for data it holds. <see cref="StateCode"/> is the State asked.</summary>
public class DataRequest : IStateScoped
{
    public long Id { get; set; }
    public long ConsolidatedStudentId { get; set; }
    public string StateCode { get; set; } = "";
    public string? RequesterStateCode { get; set; }
    public Guid RequesterUserId { get; set; }

    /// <summary>Comma-separated kinds: CourseHistory, Immunization, Assessments, Other.</summary>
    public string Kinds { get; set; } = "";

    public string Reason { get; set; } = "";
    public DateOnly NeededBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public DataRequestStatus Status { get; set; }
    public Guid? AssignedToUserId { get; set; }
    public string? AnswerMessage { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public Guid? AnsweredByUserId { get; set; }
    public DateTime? ClosedAt { get; set; }
    public Guid? ClosedByUserId { get; set; }

    /// <summary>When the recipients were reminded that it is overdue: they are reminded once, not every round.</summary>
    public DateTime? OverdueReminderSentAt { get; set; }
    public DataRequestAttachment? Attachment { get; set; }
    public uint Version { get; set; }
}
