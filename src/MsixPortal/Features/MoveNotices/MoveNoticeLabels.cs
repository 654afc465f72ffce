using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MoveNotices;

/// <summary>How statuses and kinds read on the pages.</summary>
public static class MoveNoticeLabels
{
    public static string Status(MoveNoticeStatus status) => status switch
    {
        MoveNoticeStatus.Sent => "Sent",
        MoveNoticeStatus.Received => "Received",
        MoveNoticeStatus.Located => "Located",
        MoveNoticeStatus.Enrolled => "Enrolled",
        MoveNoticeStatus.NotFound => "Not found",
        MoveNoticeStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public static string Kind(MoveNoticeKind kind) => kind switch
    {
        MoveNoticeKind.MovingTo => "Moving to your State",
        MoveNoticeKind.MovedToUs => "Moved from your State (please update your data)",
        _ => kind.ToString(),
    };
}
