using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;

namespace MsixPortal.Features.MergeSplit;

/// <summary>What the user can start from a record (move notice, data request, merge, split), and the MSIX ID's history.</summary>
public sealed record RecordWorkflowPanelViewModel(
    string MsixId, string? MergedFrom, bool CanSendMoveNotice, bool CanRequestData, bool CanFlag,
    IReadOnlyList<MsixIdHistoryLine> History);

/// <summary>Rendered on the record page (Features/Records/Show.cshtml) by MSIX ID.</summary>
public sealed class RecordWorkflowPanelViewComponent(MsixIdHistoryQuery history, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string msixId)
    {
        var mergedFrom = Request.Query["mergedFrom"].ToString();
        return View(new RecordWorkflowPanelViewModel(
            msixId,
            Data.MsixIds.MsixId.IsValid(mergedFrom) ? mergedFrom : null,
            await MayAsync(Policies.SendMoveNotices),
            await MayAsync(Policies.RequestData),
            await MayAsync(Policies.FlagMergeSplit),
            await history.ForAsync(msixId, HttpContext.RequestAborted)));
    }

    private async Task<bool> MayAsync(string policy) => (await authorization.AuthorizeAsync(UserClaimsPrincipal, policy)).Succeeded;
}
