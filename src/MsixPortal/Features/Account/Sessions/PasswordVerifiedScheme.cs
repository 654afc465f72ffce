using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Sessions;

/// <summary>
/// A short-lived cookie that says "this browser gave the right password for user X" between the
/// password and the second-factor steps. It carries the security stamp, so a password reset or
/// "sign out everywhere" in between voids it. It grants no access to any page.
/// </summary>
public static class PasswordVerifiedScheme
{
    public const string Name = "PasswordVerified";
    public const string CookieName = "__Host-msix-2fa";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const string StampClaimType = "AspNet.Identity.SecurityStamp";

    public static Task SignInAsync(HttpContext context, PortalUser user)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new Claim(StampClaimType, user.SecurityStamp ?? ""),
        ], Name);
        return context.SignInAsync(Name, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>The user ID and stamp of the pending sign-in, or null when there is none.</summary>
    public static async Task<(Guid UserId, string Stamp)?> ReadAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(Name);
        var principal = result.Principal;
        return result.Succeeded && Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? (id, principal!.FindFirstValue(StampClaimType) ?? "")
            : null;
    }

    public static bool Matches(PortalUser user, string stamp) =>
        string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal);
}
