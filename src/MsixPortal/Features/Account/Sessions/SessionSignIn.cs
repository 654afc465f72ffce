using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Recertification;

namespace MsixPortal.Features.Account.Sessions;

/// <summary>
/// Issues the session cookie. Only <see cref="SignInWithMfaAsync"/> adds amr=mfa, which the
/// fallback policy requires; an enrolment session reaches nothing but the enrolment pages.
/// </summary>
public sealed class SessionSignIn(
    PortalSignInManager signInManager,
    IHttpContextAccessor httpContextAccessor,
    RecertificationPolicy recertification,
    TimeProvider clock)
{

    /// <summary>After password and TOTP (or recovery code): a full session.</summary>
    public async Task SignInWithMfaAsync(PortalUser user, DateTimeOffset? authenticatedAt = null)
    {
        var claims = new List<Claim>
        {
            new(PortalClaimTypes.AuthenticationMethod, PortalClaimTypes.MultiFactor),
            SessionLifetime.AuthenticatedAtClaim(authenticatedAt ?? clock.GetUtcNow()),
            DueClaim(await recertification.DueAtAsync(user)),
        };
        await SignOutPartialAsync();
        await signInManager.SignInWithClaimsAsync(user, SessionOnly(), claims);
    }

    /// <summary>After the password, for a user with no confirmed authenticator: enrolment only.</summary>
    public async Task SignInForEnrolmentAsync(PortalUser user)
    {
        Claim[] claims =
        [
            new(SessionClaimTypes.PendingStep, SessionClaimTypes.EnrolmentPending),
            SessionLifetime.AuthenticatedAtClaim(clock.GetUtcNow()),
        ];
        await SignOutPartialAsync();
        await signInManager.SignInWithClaimsAsync(user, SessionOnly(), claims);
    }

    /// <summary>Re-issues a full session after enrolment or re-certification, keeping the original sign-in time.</summary>
    public Task RefreshWithMfaAsync(PortalUser user) =>
        SignInWithMfaAsync(user, SessionLifetime.AuthenticatedAt(HttpContext.User) ?? clock.GetUtcNow());

    public async Task SignOutAsync()
    {
        await SignOutPartialAsync();
        await HttpContext.SignOutAsync(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
    }

    private Task SignOutPartialAsync() => HttpContext.SignOutAsync(PasswordVerifiedScheme.Name);

    /// <summary>New each time: the cookie handler writes the issue and expiry times into it.</summary>
    private static AuthenticationProperties SessionOnly() => new() { IsPersistent = false, AllowRefresh = true };

    private static Claim DueClaim(DateTimeOffset due) =>
        new(SessionClaimTypes.RecertificationDueAt,
            (due == DateTimeOffset.MinValue ? 0 : due.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture),
            ClaimValueTypes.Integer64);

    private HttpContext HttpContext => httpContextAccessor.HttpContext
        ?? throw new InvalidOperationException("Signing in needs an HTTP request.");
}
