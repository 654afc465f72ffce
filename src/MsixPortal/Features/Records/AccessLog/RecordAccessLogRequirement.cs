using Microsoft.AspNetCore.Authorization;
using MsixPortal.Authorization;

namespace MsixPortal.Features.Records.AccessLog;

/// <summary>
/// Who may read a child's access log (FERPA 34 CFR 99.32): a data administrator of a State that
/// submitted a record of the child, or a national administrator.
/// </summary>
public sealed class RecordAccessLogRequirement : IAuthorizationRequirement;

public sealed class RecordAccessLogHandler : AuthorizationHandler<RecordAccessLogRequirement, RecordStates>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, RecordAccessLogRequirement requirement, RecordStates resource)
    {
        var user = context.User;
        var userState = user.FindFirst(PortalClaimTypes.StateCode)?.Value;
        var ownChild = user.IsInRole(PortalRoles.DataAdministrator)
            && !string.IsNullOrEmpty(userState)
            && resource.StateCodes.Contains(userState, StringComparer.OrdinalIgnoreCase);
        if (ownChild || user.IsInRole(PortalRoles.NationalAdministrator))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
