namespace MsixPortal.Data.Entities.Workflows;

/// <summary>
/// Statuses of a move notice: sent → received (acknowledged) → located / enrolled / not found (a "moving to"
/// notice) or updated (a "moved to us, please update" notice), changeable until → closed. Stored as text.
/// </summary>
public enum MoveNoticeStatus
{
    Sent,
    Received,
    Located,
    Enrolled,
    NotFound,
    Closed,
    Updated,
}
