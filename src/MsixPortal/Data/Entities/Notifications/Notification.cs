namespace MsixPortal.Data.Entities.Notifications;

/// <summary>An in-portal notification for one user: the badge counts the unread ones.</summary>
public class Notification
{
    public long Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>What happened, without student PII (e.g. "A move notice is waiting for your State").</summary>
    public string Text { get; set; } = "";

    /// <summary>A local portal path to the thing (opaque IDs only).</summary>
    public string Link { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }

    /// <summary>When the item it announces was handled (answered, outcome recorded, closed): it leaves the list and the badge.</summary>
    public DateTime? HandledAt { get; set; }
}
