using Microsoft.AspNetCore.Identity;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.SignIn;
using MsixPortal.Features.Account.Totp;

namespace MsixPortal.Features.Account.Security;

/// <summary>
/// Fresh proof of both factors before a change to the password or the authenticator
/// (security.md 18). Failures count toward lockout like sign-in failures, and the TOTP code is
/// used up like any other.
/// </summary>
public sealed class Reauthentication(
    IPasswordHasher<PortalUser> hasher,
    AuthenticatorKeys keys,
    TotpVerifier verifier,
    TotpStepRecorder steps,
    SignInFailures failures)
{
    public async Task<bool> VerifyAsync(PortalUser user, string password, string code, CancellationToken cancellationToken = default)
    {
        if (failures.IsLockedOut(user))
        {
            return false;
        }
        var passwordMatches = user.PasswordHash is not null
            && hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
        var step = user.ProtectedAuthenticatorKey is null ? null : verifier.MatchingStep(keys.Unprotect(user.ProtectedAuthenticatorKey), code);
        if (passwordMatches && step is not null && await steps.TryUseAsync(user.Id, step.Value, cancellationToken))
        {
            return true;
        }
        await failures.RecordAsync(user.Id, "reauthentication", cancellationToken);
        return false;
    }
}
