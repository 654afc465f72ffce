using Microsoft.AspNetCore.Authorization;

namespace MsixPortal.Authorization;

/// <summary>One of the records' States is the user's own State, unless the user is a National Administrator.</summary>
public sealed class RecordInStateRequirement : IAuthorizationRequirement;

public sealed class RecordInStateHandler : AuthorizationHandler<RecordInStateRequirement, RecordStates>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, RecordInStateRequirement requirement, RecordStates resource)
    {
        var userState = context.User.FindFirst(PortalClaimTypes.StateCode)?.Value;
        var inState = !string.IsNullOrEmpty(userState)
            && resource.StateCodes.Contains(userState, StringComparer.OrdinalIgnoreCase);
        if (inState || context.User.IsInRole(PortalRoles.NationalAdministrator))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
