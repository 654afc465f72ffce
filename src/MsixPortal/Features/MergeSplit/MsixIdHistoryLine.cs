using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MergeSplit;

/// <summary>One line of an MSIX ID's history, e.g. "Merged into 100000000123 on 2026-11-28".</summary>
public sealed record MsixIdHistoryLine(MsixIdEvent Event, string OtherMsixId, DateTime OccurredAt, long FlagId)
{
    public string Text => Event switch
    {
        MsixIdEvent.MergedInto => $"Merged into MSIX ID {OtherMsixId}",
        MsixIdEvent.Absorbed => $"MSIX ID {OtherMsixId} was merged into this record",
        MsixIdEvent.SplitFrom => $"Split from MSIX ID {OtherMsixId}",
        MsixIdEvent.SplitOff => $"Records split off to MSIX ID {OtherMsixId}",
        _ => Event.ToString(),
    };
}
