namespace MsixPortal.Data.Entities.Workflows;

/// <summary>
/// A user designated by their State's user administrators to receive move notices. A State with no
/// designated recipients routes to its data administrators.
/// </summary>
public class NoticeRecipient
{
    public string StateCode { get; set; } = "";
    public Guid UserId { get; set; }
    public DateTime AddedAt { get; set; }
}
