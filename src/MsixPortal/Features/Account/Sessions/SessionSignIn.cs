using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Recertification;

namespace MsixPortal.Features.Account.Sessions;

/// <summary>
/// Issues and ends the session cookie. Each sign-in gets a new user_sessions row (claim msix:sid)
/// and drops this browser's previous one. Only <see cref="SignInWithMfaAsync"/> adds amr=mfa,
/// which the fallback policy requires; an enrolment session reaches nothing but enrolment.
/// </summary>
public sealed class SessionSignIn(
    PortalSignInManager signInManager,
    PortalDbContext db,
    IHttpContextAccessor httpContextAccessor,
    RecertificationPolicy recertification,
    IOptions<AccountOptions> options,
    TimeProvider clock)
{
    /// <summary>After password and TOTP (or recovery code): a full session.</summary>
    public async Task SignInWithMfaAsync(PortalUser user, DateTimeOffset? authenticatedAt = null)
    {
        var since = authenticatedAt ?? clock.GetUtcNow();
        await SignInAsync(user, since,
        [
            new(PortalClaimTypes.AuthenticationMethod, PortalClaimTypes.MultiFactor),
            DueClaim(await recertification.DueAtAsync(user)),
        ]);
    }

    /// <summary>After the password, for a user with no confirmed authenticator: enrolment only.</summary>
    public Task SignInForEnrolmentAsync(PortalUser user) =>
        SignInAsync(user, clock.GetUtcNow(), [new(SessionClaimTypes.PendingStep, SessionClaimTypes.EnrolmentPending)]);

    /// <summary>Re-issues a full session after enrolment or re-certification, keeping the original sign-in time.</summary>
    public Task RefreshWithMfaAsync(PortalUser user) =>
        SignInWithMfaAsync(user, SessionLifetime.AuthenticatedAt(HttpContext.User) ?? clock.GetUtcNow());

    public async Task SignOutAsync()
    {
        await EndCurrentSessionAsync();
        await SignOutPartialAsync();
        await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private async Task SignInAsync(PortalUser user, DateTimeOffset authenticatedAt, List<Claim> claims)
    {
        await EndCurrentSessionAsync();
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ExpiresAt = (authenticatedAt + options.Value.AbsoluteTimeout).UtcDateTime,
        };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        claims.Add(new Claim(SessionClaimTypes.SessionId, session.Id.ToString()));
        claims.Add(SessionLifetime.AuthenticatedAtClaim(authenticatedAt));
        await SignOutPartialAsync();
        await signInManager.SignInWithClaimsAsync(user, SessionOnly(), claims);
    }

    private async Task EndCurrentSessionAsync()
    {
        if (Guid.TryParse(HttpContext.User.FindFirstValue(SessionClaimTypes.SessionId), out var current))
        {
            await db.UserSessions.Where(s => s.Id == current).ExecuteDeleteAsync();
        }
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
