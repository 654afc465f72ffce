using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace MsixPortal.Authorization;

/// <summary>
/// No role involved (held by the account or about to be granted) ranks above the user's own
/// highest role (<see cref="RoleRanking"/>).
/// </summary>
public sealed class RoleCeilingRequirement : IAuthorizationRequirement;

public sealed class RoleCeilingHandler : AuthorizationHandler<RoleCeilingRequirement, AccountResource>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, RoleCeilingRequirement requirement, AccountResource resource)
    {
        var ownRank = RoleRanking.Highest(context.User.FindAll(ClaimTypes.Role).Select(claim => claim.Value));
        if (ownRank > 0 && RoleRanking.Highest(resource.Roles) <= ownRank)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
