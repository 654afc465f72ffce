using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;

namespace MsixPortal.Features.MergeSplit;

/// <summary>What the user can start from a record (move notice, data request, merge, split), and the MSIX ID's history.</summary>
public sealed record RecordWorkflowPanelViewModel(
    string MsixId, string? MergedFrom, bool CanSendMoveNotice, bool CanRequestData, bool CanFlag,
    IReadOnlyList<MsixIdHistoryLine> History);

/// <summary>Rendered on the record page (Features/Records/Show.cshtml) by MSIX ID.</summary>
public sealed class RecordWorkflowPanelViewComponent(IAuthorizationService authorization) : ViewComponent
{
    // history: the MSIX ID's merges and splits, loaded with the record in the same round trip (RecordLoader).
    public async Task<IViewComponentResult> InvokeAsync(string msixId, IReadOnlyList<MsixIdHistoryLine> history)
    {
        var mergedFrom = Request.Query["mergedFrom"].ToString();
        return View(new RecordWorkflowPanelViewModel(
            msixId,
            Data.MsixIds.MsixId.IsValid(mergedFrom) ? mergedFrom : null,
            await MayAsync(Policies.SendMoveNotices),
            await MayAsync(Policies.RequestData),
            await MayAsync(Policies.FlagMergeSplit),
            history));
    }

    private async Task<bool> MayAsync(string policy) => (await authorization.AuthorizeAsync(UserClaimsPrincipal, policy)).Succeeded;
}
