using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Sessions;

/// <summary>
/// Ends sessions. "Sign out everywhere", a password reset and the administrators' "end sessions",
/// disable, deactivate and role change all call <see cref="EndAllAsync"/>: the session rows go at
/// once, and the new security stamp also voids half-finished sign-ins and any cookie that escaped.
/// </summary>
public sealed class UserSessions(PortalDbContext db, UserManager<PortalUser> userManager)
{
    public async Task EndAllAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        await db.UserSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await userManager.UpdateSecurityStampAsync(user);
    }

    public async Task<int> CountAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await db.UserSessions.CountAsync(s => s.UserId == userId, cancellationToken);
}
