using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Notifications;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.MoveNotices;

/// <summary>
/// Who in a State receives its work: the designated move-notice recipients its user administrators
/// chose, or by default (and always for data requests) its active data administrators.
/// </summary>
public sealed class NoticeRouting(PortalDbContext db)
{
    public async Task<IReadOnlyList<NotificationRecipient>> MoveNoticeRecipientsAsync(string stateCode, CancellationToken cancellationToken)
    {
        var designated = await DesignatedUsers(stateCode)
            .Select(u => new NotificationRecipient(u.Id, u.Email ?? ""))
            .ToListAsync(cancellationToken);
        return designated.Count > 0 ? designated : await DataAdministratorsAsync(stateCode, cancellationToken);
    }

    /// <summary>
    /// Whether the signed-in <paramref name="user"/> of <paramref name="stateCode"/> receives its move
    /// notices: the rule of <see cref="MoveNoticeRecipientsAsync"/> in one query, as the navigation's
    /// count needs on every page. The user's data administrator role is read from the sign-in, which
    /// follows role changes within a minute (security.md 17).
    /// </summary>
    public async Task<bool> ReceivesMoveNoticesAsync(string stateCode, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var designated = await DesignatedUsers(stateCode).Select(u => u.Id).ToListAsync(cancellationToken);
        return designated.Count > 0 ? designated.Contains(user.UserId()) : user.IsInRole(PortalRoles.DataAdministrator);
    }

    /// <summary>The active users a State's user administrators designated to receive its move notices (often none).</summary>
    private IQueryable<PortalUser> DesignatedUsers(string stateCode) =>
        db.NoticeRecipients
            .Where(r => r.StateCode == stateCode)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u)
            .Where(u => u.Status == AccountStatus.Active && u.StateCode == stateCode);

    public async Task<IReadOnlyList<NotificationRecipient>> DataAdministratorsAsync(string stateCode, CancellationToken cancellationToken)
    {
        var role = PortalRoles.DataAdministrator.ToUpperInvariant();
        return await db.Users
            .Where(u => u.Status == AccountStatus.Active && u.StateCode == stateCode)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role)))
            .Select(u => new NotificationRecipient(u.Id, u.Email ?? ""))
            .ToListAsync(cancellationToken);
    }
}
