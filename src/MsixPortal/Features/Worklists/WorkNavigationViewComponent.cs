using Microsoft.AspNetCore.Mvc;
using MsixPortal.Features.Notifications;

namespace MsixPortal.Features.Worklists;

/// <summary>The worklist and notification links with their counts, for the layout's navigation.</summary>
public sealed class WorkNavigationViewComponent(WorklistService worklists, NotificationInbox inbox) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (User.Identity?.IsAuthenticated != true || UserClaimsPrincipal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier) is null)
        {
            return Content("");
        }
        var cancellationToken = HttpContext.RequestAborted;
        var unread = await inbox.UnreadCountAsync(UserClaimsPrincipal, cancellationToken);
        return View(await worklists.CountsAsync(UserClaimsPrincipal, unread, cancellationToken));
    }
}
