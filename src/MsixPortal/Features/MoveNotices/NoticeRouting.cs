using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Notifications;

namespace MsixPortal.Features.MoveNotices;

/// <summary>
/// Who in a State receives its work: the designated move-notice recipients its user administrators
/// chose, or by default (and always for data requests) its active data administrators.
/// </summary>
public sealed class NoticeRouting(PortalDbContext db)
{
    public async Task<IReadOnlyList<NotificationRecipient>> MoveNoticeRecipientsAsync(string stateCode, CancellationToken cancellationToken)
    {
        var designated = await db.NoticeRecipients
            .Where(r => r.StateCode == stateCode)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u)
            .Where(u => u.Status == AccountStatus.Active && u.StateCode == stateCode)
            .Select(u => new NotificationRecipient(u.Id, u.Email ?? ""))
            .ToListAsync(cancellationToken);
        return designated.Count > 0 ? designated : await DataAdministratorsAsync(stateCode, cancellationToken);
    }

    /// <summary>The active users a State's user administrators designated to receive its move notices (often none).</summary>
    public async Task<IReadOnlyList<Guid>> DesignatedRecipientIdsAsync(string stateCode, CancellationToken cancellationToken) =>
        await db.NoticeRecipients
            .Where(r => r.StateCode == stateCode)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => u)
            .Where(u => u.Status == AccountStatus.Active && u.StateCode == stateCode)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);

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
