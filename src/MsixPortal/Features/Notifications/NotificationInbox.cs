using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.Notifications;

public sealed record NotificationListItem(long Id, string Text, string Link, DateTime CreatedAt, bool IsRead);

public sealed record NotificationListViewModel(IReadOnlyList<NotificationListItem> Items, int UnreadCount);

/// <summary>Reads and marks the current user's notifications.</summary>
public sealed class NotificationInbox(PortalDbContext db, TimeProvider clock)
{
    private const int ListLength = 100;

    public async Task<NotificationListViewModel> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var items = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && n.HandledAt == null)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(ListLength)
            .Select(n => new NotificationListItem(n.Id, n.Text, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);
        return new NotificationListViewModel(items, await UnreadCountAsync(user, cancellationToken));
    }

    public Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        return db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null && n.HandledAt == null, cancellationToken);
    }

    /// <summary>Marks one of the user's notifications read; returns where it leads (null when it is not theirs).</summary>
    public async Task<string?> OpenAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return null;
        }
        notification.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return notification.Link;
    }

    public async Task MarkAllReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
