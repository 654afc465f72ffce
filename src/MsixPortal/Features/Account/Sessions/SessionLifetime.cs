using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MsixPortal.Features.Account.Sessions;

/// <summary>
/// Checks a session cookie on every request: the 12 h absolute limit (from the auth_time claim,
/// which the cookie handler lacks) and, once a minute, the security stamp and account status, so
/// that a role change, disable or deactivate ends sessions within a minute. This replaces
/// Identity's SecurityStampValidator, which signs out of "remember this device" schemes that the
/// portal deliberately does not have; the rebuilt principal keeps how and when the user signed in.
/// </summary>
public static class SessionLifetime
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<IOptions<AccountOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var authenticatedAt = AuthenticatedAt(context.Principal);
        if (authenticatedAt is null || now - authenticatedAt.Value >= settings.AbsoluteTimeout)
        {
            await RejectAsync(context);
            return;
        }
        if (context.Properties.IssuedUtc is { } issued && now - issued <= settings.SecurityStampInterval)
        {
            return;
        }
        var signInManager = services.GetRequiredService<PortalSignInManager>();
        var user = await signInManager.ValidateSecurityStampAsync(context.Principal);
        if (user is null)
        {
            await RejectAsync(context);
            return;
        }
        var refreshed = await signInManager.CreateUserPrincipalAsync(user);
        CarryOverSessionClaims(context.Principal!, refreshed);
        context.ReplacePrincipal(refreshed);
        context.ShouldRenew = true;
    }

    public static Claim AuthenticatedAtClaim(DateTimeOffset now) =>
        new(SessionClaimTypes.AuthenticatedAt,
            now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    public static DateTimeOffset? AuthenticatedAt(ClaimsPrincipal? principal) =>
        long.TryParse(principal?.FindFirstValue(SessionClaimTypes.AuthenticatedAt), CultureInfo.InvariantCulture,
            out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private static void CarryOverSessionClaims(ClaimsPrincipal current, ClaimsPrincipal refreshed)
    {
        if (refreshed.Identity is ClaimsIdentity identity)
        {
            foreach (var claim in current.Claims.Where(c => SessionClaimTypes.CarriedOver.Contains(c.Type)))
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value, claim.ValueType));
            }
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
