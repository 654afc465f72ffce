using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Sessions;

/// <summary>Identity's principal (ID, name, roles, security stamp) plus the user's State.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrEmpty(user.StateCode))
        {
            identity.AddClaim(new Claim(PortalClaimTypes.StateCode, user.StateCode));
        }
        return identity;
    }
}
