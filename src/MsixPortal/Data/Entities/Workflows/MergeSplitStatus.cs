namespace MsixPortal.Data.Entities.Workflows;

public enum MergeSplitStatus
{
    Pending,
    Validated,
    Rejected,
}
