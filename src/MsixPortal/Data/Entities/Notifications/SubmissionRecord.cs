namespace MsixPortal.Data.Entities.Notifications;

/// <summary>
/// One form submission key (a GUID rendered into the form) and what the first POST with it answered,
/// so that a double submit gets the first answer instead of doing the work twice.
/// </summary>
public class SubmissionRecord
{
    public Guid UserId { get; set; }
    public Guid SubmissionKey { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Where the first POST redirected; null while it is still being processed.</summary>
    public string? ResultLocation { get; set; }
}
