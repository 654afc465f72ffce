namespace MsixPortal.Data.Entities.Workflows;

/// <summary>
/// A State record that a flag moves. Split: the records to move out (chosen when flagging). Merge:
/// written when applied, with the student each record came from, so a split can restore it.
/// </summary>
public class MergeSplitFlagRecord
{
    public long FlagId { get; set; }
    public long StateStudentRecordId { get; set; }
    public long FromStudentId { get; set; }
}
