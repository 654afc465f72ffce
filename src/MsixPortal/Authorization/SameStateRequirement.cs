using Microsoft.AspNetCore.Authorization;

namespace MsixPortal.Authorization;

/// <summary>The resource belongs to the user's own State, unless the user is a National Administrator.</summary>
public sealed class SameStateRequirement : IAuthorizationRequirement;

public sealed class SameStateHandler : AuthorizationHandler<SameStateRequirement, IStateScoped>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, SameStateRequirement requirement, IStateScoped resource)
    {
        var userState = context.User.FindFirst(PortalClaimTypes.StateCode)?.Value;
        var sameState = !string.IsNullOrEmpty(userState) && !string.IsNullOrEmpty(resource.StateCode)
            && string.Equals(userState, resource.StateCode, StringComparison.OrdinalIgnoreCase);
        if (sameState || context.User.IsInRole(PortalRoles.NationalAdministrator))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
