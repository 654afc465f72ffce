namespace MsixPortal.Data.Entities.Workflows;

/// <summary>The history of an MSIX ID: merged into, absorbed, split from, split off.</summary>
public class MsixIdHistoryEntry
{
    public long Id { get; set; }
    public long ConsolidatedStudentId { get; set; }
    public MsixIdEvent Event { get; set; }
    public long OtherStudentId { get; set; }
    public long FlagId { get; set; }
    public DateTime OccurredAt { get; set; }
}
