namespace MsixPortal.Data.Entities.Workflows;

public enum MergeSplitKind
{
    Merge,
    Split,
}
