using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Totp;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Account.Enrolment;

public sealed record EnrolmentKey(string Base32Key, string OtpAuthUri);

/// <summary>
/// TOTP enrolment: a new key is kept (encrypted) as pending until the user proves, with a code,
/// that their app has it; then it becomes the authenticator and ten recovery codes are made.
/// </summary>
public sealed class AuthenticatorEnrolment(
    PortalDbContext db,
    AuthenticatorKeys keys,
    TotpVerifier verifier,
    RecoveryCodes recoveryCodes,
    AuditTrail audit,
    TimeProvider clock)
{
    private const string Issuer = "MSIX Portal";

    /// <summary>The key being enrolled, made on first call and kept until confirmed.</summary>
    public async Task<EnrolmentKey> PendingKeyAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        if (user.PendingAuthenticatorKey is null)
        {
            user.PendingAuthenticatorKey = keys.Protect(AuthenticatorKeys.NewBase32Key());
            await db.SaveChangesAsync(cancellationToken);
        }
        var key = keys.UnprotectBase32(user.PendingAuthenticatorKey);
        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        return new EnrolmentKey(key,
            $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&algorithm=SHA1&digits=6&period=30");
    }

    /// <summary>Confirms the pending key with a code; returns the new recovery codes, or null if the code is wrong.</summary>
    public async Task<IReadOnlyList<string>?> ConfirmAsync(PortalUser user, string code, CancellationToken cancellationToken = default)
    {
        if (user.PendingAuthenticatorKey is null
            || verifier.MatchingStep(keys.Unprotect(user.PendingAuthenticatorKey), code) is not { } step)
        {
            return null;
        }
        user.ProtectedAuthenticatorKey = user.PendingAuthenticatorKey;
        user.PendingAuthenticatorKey = null;
        user.AuthenticatorEnrolledAt = clock.GetUtcNow().UtcDateTime;
        // The confirming code counts as used: it cannot sign anyone in afterwards.
        user.LastTotpStep = step;
        var codes = await recoveryCodes.ReplaceAsync(user.Id, cancellationToken);
        db.Add(audit.Create(AccountAuditActions.MfaEnrolled, "user", user.Id.ToString(), userId: user.Id, stateCode: user.StateCode));
        await db.SaveChangesAsync(cancellationToken);
        return codes;
    }
}
