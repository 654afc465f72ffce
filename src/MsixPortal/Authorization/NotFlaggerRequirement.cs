using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace MsixPortal.Authorization;

/// <summary>The two-person rule: whoever flagged a merge or split cannot validate or reject it.</summary>
public sealed class NotFlaggerRequirement : IAuthorizationRequirement;

public sealed class NotFlaggerHandler : AuthorizationHandler<NotFlaggerRequirement, RecordStates>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, NotFlaggerRequirement requirement, RecordStates resource)
    {
        if (Guid.TryParse(context.User.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId)
            && resource.FlaggedByUserId is { } flaggedBy && userId != flaggedBy)
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
