using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Sessions;

namespace MsixPortal.Features.Users;

/// <summary>Lists and shows the accounts of the administrator's State (national administrators: all).</summary>
public sealed class UserDirectoryService(
    PortalDbContext db, IAuthorizationService authorization, UserSessions sessions, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<UserListViewModel> ListAsync(ClaimsPrincipal admin, AccountStatus? status, string? search, int page,
        CancellationToken cancellationToken)
    {
        var scope = StateScope.Of(admin);
        var users = scope.Filter(db.Users.AsNoTracking(), u => u.StateCode);
        if (status is { } wanted)
        {
            users = users.Where(u => u.Status == wanted);
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            users = users.Where(u => EF.Functions.ILike(u.FullName, pattern) || EF.Functions.ILike(u.Email!, pattern));
        }

        var total = await users.CountAsync(cancellationToken);
        var rows = await users.OrderBy(u => u.FullName).ThenBy(u => u.Email)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id, u.FullName, u.Email, u.StateCode, u.Status, u.LastSignInAt,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new UserListViewModel(
            [.. rows.Select(u => new UserListRow(u.Id, u.FullName, u.Email ?? "", u.StateCode, u.Status, u.LastSignInAt,
                [.. u.Roles.Order(StringComparer.Ordinal)]))],
            total, page, PageSize, status, search, scope.IsNational ? "all States" : $"State {scope.StateCode}");
    }

    /// <summary>The account if it exists and is in the administrator's State; null for 404, or Forbidden.</summary>
    public async Task<(UserDetailsViewModel? Details, bool Forbidden)> DetailsAsync(ClaimsPrincipal admin, Guid id,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is null)
        {
            return (null, false);
        }
        var roles = await RolesOfAsync(id, cancellationToken);
        var resource = new AccountResource(user.Id, user.Email ?? "", user.StateCode, roles);
        if (!(await authorization.AuthorizeAsync(admin, resource, Policies.SameState)).Succeeded)
        {
            return (null, true);
        }
        var ownRank = RoleRanking.Highest(admin.FindAll(ClaimTypes.Role).Select(c => c.Value));
        var grantable = PortalRoles.All
            .Where(role => RoleRanking.Of(role) <= ownRank && (role == PortalRoles.NationalAdministrator) == (user.StateCode is null))
            .ToList();
        var lockedOut = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
        return (new UserDetailsViewModel(user.Id, user.FullName, user.Email ?? "", user.StateCode, user.JobTitle,
            user.Organization, user.Status, user.DisabledReason, roles, user.CreatedAt, user.LastSignInAt,
            user.ProtectedAuthenticatorKey is not null, lockedOut, await sessions.CountAsync(id, cancellationToken),
            grantable, admin.FindFirst(ClaimTypes.NameIdentifier)?.Value == id.ToString()), false);
    }

    private async Task<List<string>> RolesOfAsync(Guid userId, CancellationToken cancellationToken) =>
        await db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(name => name)
            .ToListAsync(cancellationToken);
}
