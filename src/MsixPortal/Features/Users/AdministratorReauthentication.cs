using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.SignIn;
using MsixPortal.Features.Account.Totp;

namespace MsixPortal.Features.Users;

/// <summary>
/// Asks the signed-in administrator for their password and a fresh TOTP code again before a
/// sensitive change (security.md 18). The code is spent like a sign-in code (no replay), and a
/// failure counts toward the administrator's own lockout.
/// </summary>
public sealed class AdministratorReauthentication(
    UserManager<PortalUser> userManager,
    AuthenticatorKeys keys,
    TotpVerifier verifier,
    TotpStepRecorder steps,
    SignInFailures failures)
{
    public async Task<bool> VerifyAsync(ClaimsPrincipal admin, string password, string code, CancellationToken cancellationToken)
    {
        var user = await userManager.GetUserAsync(admin);
        if (user?.ProtectedAuthenticatorKey is null || failures.IsLockedOut(user))
        {
            return false;
        }
        var verified = await userManager.CheckPasswordAsync(user, password)
            && verifier.MatchingStep(keys.Unprotect(user.ProtectedAuthenticatorKey), code) is { } step
            && await steps.TryUseAsync(user.Id, step, cancellationToken);
        if (!verified)
        {
            await failures.RecordAsync(user.Id, "reauthentication", cancellationToken);
        }
        return verified;
    }
}
