using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Authorization;

/// <summary>
/// Administrators never act on their own account or application (no self-approval, no granting
/// oneself a role, no re-enabling oneself). Compared by account ID and by email, because an
/// application has no account yet.
/// </summary>
public sealed class NotOwnAccountRequirement : IAuthorizationRequirement;

public sealed class NotOwnAccountHandler(PortalDbContext db)
    : AuthorizationHandler<NotOwnAccountRequirement, AccountResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, NotOwnAccountRequirement requirement, AccountResource resource)
    {
        if (!Guid.TryParse(context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var actorId)
            || actorId == resource.UserId)
        {
            return;
        }
        var actorEmail = await db.Users.Where(user => user.Id == actorId)
            .Select(user => user.Email).SingleOrDefaultAsync();
        if (actorEmail is not null && !string.Equals(actorEmail, resource.Email, StringComparison.OrdinalIgnoreCase))
        {
            context.Succeed(requirement);
        }
    }
}
