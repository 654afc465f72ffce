using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MoveNotices;

/// <summary>How statuses and kinds read on the pages: the kind is worded for whoever reads it.</summary>
public static class MoveNoticeLabels
{
    public static string Status(MoveNoticeStatus status) => status switch
    {
        MoveNoticeStatus.Sent => "Sent",
        MoveNoticeStatus.Received => "Received",
        MoveNoticeStatus.Located => "Located",
        MoveNoticeStatus.Enrolled => "Enrolled",
        MoveNoticeStatus.NotFound => "Not found",
        MoveNoticeStatus.Updated => "Updated",
        MoveNoticeStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    /// <summary>What the receiving State says it did, in a sentence ("found the child", ...).</summary>
    public static string OutcomeSentence(MoveNoticeStatus outcome) => outcome switch
    {
        MoveNoticeStatus.Located => "located the child",
        MoveNoticeStatus.Enrolled => "enrolled the child",
        MoveNoticeStatus.NotFound => "did not find the child",
        MoveNoticeStatus.Updated => "updated its data",
        _ => Status(outcome).ToLowerInvariant(),
    };

    /// <summary>
    /// The kind for the reader: the receiving State reads "Moving to your State (from TX)"; the sending
    /// State reads "Moving from TX to CO (you told CO)". A "moved to us" notice reads from the former
    /// State's side as "Moved from your State to TX (please update your data)".
    /// </summary>
    public static string Kind(MoveNoticeKind kind, bool readerIsReceiver, string? senderState, string receivingState)
    {
        var sender = senderState ?? "a national user";
        return (kind, readerIsReceiver) switch
        {
            (MoveNoticeKind.MovingTo, true) => $"Moving to your State (from {sender})",
            (MoveNoticeKind.MovingTo, false) => $"Moving from {sender} to {receivingState} (sent to {receivingState})",
            (MoveNoticeKind.MovedToUs, true) => $"Moved from your State to {sender} (please update your data)",
            _ => $"Arrived in {sender} from {receivingState} (asked {receivingState} to update its data)",
        };
    }

    /// <summary>Where the child went from and to: the sender's State is the destination of a "moved to us" notice.</summary>
    public static (string From, string To) Direction(MoveNoticeKind kind, string? senderState, string receivingState) =>
        kind == MoveNoticeKind.MovingTo ? (senderState ?? "National", receivingState) : (receivingState, senderState ?? "National");

    /// <summary>The outcomes the receiving State may record: a "please update" notice has its own.</summary>
    public static IReadOnlyList<MoveNoticeStatus> Outcomes(MoveNoticeKind kind) => kind == MoveNoticeKind.MovedToUs
        ? [MoveNoticeStatus.Updated]
        : [MoveNoticeStatus.Located, MoveNoticeStatus.Enrolled, MoveNoticeStatus.NotFound];
}
