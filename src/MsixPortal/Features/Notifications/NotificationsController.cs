using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Notifications;

/// <summary>The signed-in user's in-portal notifications (any signed-in user: the fallback policy).</summary>
[Route("notifications")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NotificationsController(NotificationInbox inbox) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await inbox.ListAsync(User, cancellationToken));

    /// <summary>
    /// Opening a notification: marks it read and goes to its item. A POST (a form button styled as a
    /// link), since a GET must change nothing; the link is a local path the portal wrote.
    /// </summary>
    [HttpPost("{id:long}/open")]
    public async Task<IActionResult> Open(long id, CancellationToken cancellationToken) =>
        await inbox.OpenAsync(User, id, cancellationToken) is { } link && Url.IsLocalUrl(link) ? LocalRedirect(link) : NotFound();

    /// <summary>Marks every notification read (the list stays; the badge clears).</summary>
    [HttpPost("read")]
    public async Task<IActionResult> MarkRead(CancellationToken cancellationToken)
    {
        await inbox.MarkAllReadAsync(User, cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}
