namespace MsixPortal.Data.Entities.Linking;

/// <summary>
/// A person decided that a State's student is not the given consolidated student: the pair is
/// never proposed again (keyed by the State's own ID, so it survives a delete and re-insert).
/// </summary>
public class NoMatchDecision
{
    public long Id { get; set; }
    public string StateCode { get; set; } = "";
    public string StateStudentId { get; set; } = "";
    public long ConsolidatedStudentId { get; set; }
    public Guid? DecidedByUserId { get; set; }
    public DateTime DecidedAt { get; set; }
}
