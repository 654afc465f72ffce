namespace MsixPortal.Data.Entities.Workflows;

/// <summary>The answer's optional file (PDF or image), stored in PostgreSQL with the request.</summary>
public class DataRequestAttachment
{
    public long DataRequestId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
}
