namespace MsixPortal.Data.Entities.Workflows;

/// <summary>Statuses of a move notice: sent → received (first opened) → located / enrolled / not found → closed.</summary>
public enum MoveNoticeStatus
{
    Sent,
    Received,
    Located,
    Enrolled,
    NotFound,
    Closed,
}
