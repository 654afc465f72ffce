using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MsixPortal.Features.Account.Sessions;

/// <summary>
/// The 12 h absolute limit, which the cookie handler lacks: checked on every request from the
/// auth_time claim, before Identity's security stamp check (which re-issues the cookie with a new
/// expiry but keeps auth_time, see <see cref="CarryOverSessionClaims"/>).
/// </summary>
public static class SessionLifetime
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var limit = services.GetRequiredService<IOptions<AccountOptions>>().Value.AbsoluteTimeout;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var authenticatedAt = AuthenticatedAt(context.Principal);
        if (authenticatedAt is null || now - authenticatedAt.Value >= limit)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public static Claim AuthenticatedAtClaim(DateTimeOffset now) =>
        new(SessionClaimTypes.AuthenticatedAt,
            now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer64);

    public static DateTimeOffset? AuthenticatedAt(ClaimsPrincipal? principal) =>
        long.TryParse(principal?.FindFirstValue(SessionClaimTypes.AuthenticatedAt), CultureInfo.InvariantCulture,
            out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>SecurityStampValidatorOptions.OnRefreshingPrincipal: keep how and when the user signed in.</summary>
    public static Task CarryOverSessionClaims(SecurityStampRefreshingPrincipalContext context)
    {
        var current = context.CurrentPrincipal;
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && current is not null)
        {
            foreach (var claim in current.Claims.Where(c => SessionClaimTypes.CarriedOver.Contains(c.Type)))
            {
                identity.AddClaim(new Claim(claim.Type, claim.Value, claim.ValueType));
            }
        }
        return Task.CompletedTask;
    }
}
