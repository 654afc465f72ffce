using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Passwords;
using MsixPortal.Features.Account.Sessions;
using MsixPortal.Features.Account.Totp;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Account.Security;

/// <summary>
/// The user's own password and authenticator changes. Each needs both factors again, ends every
/// session of the account, and signs this browser in again (the new password keeps a full
/// session; a new authenticator needs enrolment first).
/// </summary>
public sealed class CredentialChanges(
    PortalDbContext db,
    Reauthentication reauthentication,
    PasswordSetter passwords,
    AuthenticatorReset authenticatorReset,
    RecoveryCodes recoveryCodes,
    UserSessions userSessions,
    SessionSignIn sessions,
    AuditTrail audit)
{
    public const string NotVerified = "The password or the code is not right.";

    /// <summary>Problems to show; empty when the password was changed.</summary>
    public async Task<IReadOnlyList<string>> ChangePasswordAsync(PortalUser user, ChangePasswordInputModel input,
        CancellationToken cancellationToken = default)
    {
        if (!await reauthentication.VerifyAsync(user, input.CurrentPassword, input.Code, cancellationToken))
        {
            return [NotVerified];
        }
        var problems = await passwords.TrySetAsync(user, input.New.Password);
        if (problems.Count > 0)
        {
            return problems;
        }
        db.Add(audit.Create(AccountAuditActions.PasswordChanged, "user", user.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        await userSessions.EndAllAsync(user, cancellationToken);
        await sessions.RefreshWithMfaAsync(user);
        return [];
    }

    /// <summary>
    /// Ten new recovery codes in place of the old ones, after re-authentication (null when it fails).
    /// Sessions stay: the authenticator did not change, only the codes that stand in for it.
    /// </summary>
    public async Task<IReadOnlyList<string>?> RenewRecoveryCodesAsync(PortalUser user, ReauthenticationInputModel input,
        CancellationToken cancellationToken = default)
    {
        if (!await reauthentication.VerifyAsync(user, input.CurrentPassword, input.Code, cancellationToken))
        {
            return null;
        }
        var codes = await recoveryCodes.ReplaceAsync(user.Id, cancellationToken);
        db.Add(audit.Create(AccountAuditActions.RecoveryCodesReplaced, "user", user.Id.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return codes;
    }

    /// <summary>Drops the authenticator and recovery codes after re-authentication; the user enrols a new one next.</summary>
    public async Task<bool> ReplaceAuthenticatorAsync(PortalUser user, ReauthenticationInputModel input,
        CancellationToken cancellationToken = default)
    {
        if (!await reauthentication.VerifyAsync(user, input.CurrentPassword, input.Code, cancellationToken))
        {
            return false;
        }
        await authenticatorReset.ResetAsync(user, cancellationToken);
        await sessions.SignInForEnrolmentAsync(user);
        return true;
    }
}
