using System.Security.Claims;

namespace MsixPortal.Features.Worklists;

/// <summary>The signed-in user's ID and State, as work items need them.</summary>
public static class PortalUserIdentity
{
    public static Guid UserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));

    public static string? StateCode(this ClaimsPrincipal user) =>
        user.FindFirstValue(Authorization.PortalClaimTypes.StateCode);
}
