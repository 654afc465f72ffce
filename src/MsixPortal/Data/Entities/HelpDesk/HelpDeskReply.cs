namespace MsixPortal.Data.Entities.HelpDesk;

/// <summary>One message on a help-desk request, from the help desk or from the reporter.</summary>
public class HelpDeskReply
{
    public long Id { get; set; }
    public long HelpDeskRequestId { get; set; }
    public Guid? AuthorUserId { get; set; }
    public bool FromHelpDesk { get; set; }
    public string Text { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
