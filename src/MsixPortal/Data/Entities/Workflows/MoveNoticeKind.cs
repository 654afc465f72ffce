namespace MsixPortal.Data.Entities.Workflows;

/// <summary>"Moving from here" asks the receiving State to look for the child; "moved to us" asks the former State to update.</summary>
public enum MoveNoticeKind
{
    MovingTo,
    MovedToUs,
}
