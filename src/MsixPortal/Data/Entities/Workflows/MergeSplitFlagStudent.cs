namespace MsixPortal.Data.Entities.Workflows;

/// <summary>A consolidated student named in a flag; <see cref="IsLocked"/> rows lock it against other flags (unique index).</summary>
public class MergeSplitFlagStudent
{
    public long FlagId { get; set; }
    public long ConsolidatedStudentId { get; set; }
    public bool IsLocked { get; set; }
}
