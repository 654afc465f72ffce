using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Sessions;
using MsixPortal.Features.Account.Totp;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Account.SignIn;

public enum SecondFactorOutcome
{
    /// <summary>The password step is missing, expired, or voided by a new security stamp.</summary>
    NoPendingSignIn,
    Failed,
    Replay,
    LockedOut,
    Disabled,
    Succeeded,
}

public sealed record SecondFactorResult(SecondFactorOutcome Outcome, PortalUser? User = null);

/// <summary>The second sign-in step: a TOTP code or a one-time recovery code. Failures count toward lockout.</summary>
public sealed class SecondFactorCheck(
    PortalDbContext db,
    AuthenticatorKeys keys,
    TotpVerifier verifier,
    TotpStepRecorder steps,
    RecoveryCodes recoveryCodes,
    SignInFailures failures,
    AuditTrail audit,
    ILogger<SecondFactorCheck> logger)
{
    public Task<SecondFactorResult> VerifyTotpAsync(Guid userId, string stamp, string code, CancellationToken cancellationToken = default) =>
        VerifyAsync(userId, stamp, "totp", async user =>
        {
            var step = verifier.MatchingStep(keys.Unprotect(user.ProtectedAuthenticatorKey!), code);
            if (step is null)
            {
                return SecondFactorOutcome.Failed;
            }
            if (await steps.TryUseAsync(user.Id, step.Value, cancellationToken))
            {
                return SecondFactorOutcome.Succeeded;
            }
            logger.LogWarning("TOTP replay rejected for user {UserId}", user.Id);
            await audit.RecordAsync(AccountAuditActions.TotpReplay, "user", user.Id.ToString(), userId: user.Id,
                cancellationToken: cancellationToken);
            return SecondFactorOutcome.Replay;
        }, cancellationToken);

    public Task<SecondFactorResult> VerifyRecoveryCodeAsync(Guid userId, string stamp, string code, CancellationToken cancellationToken = default) =>
        VerifyAsync(userId, stamp, "recovery-code", async user =>
        {
            if (!await recoveryCodes.TryUseAsync(user.Id, code, cancellationToken))
            {
                return SecondFactorOutcome.Failed;
            }
            await audit.RecordAsync(AccountAuditActions.RecoveryCodeUsed, "user", user.Id.ToString(), userId: user.Id,
                cancellationToken: cancellationToken);
            return SecondFactorOutcome.Succeeded;
        }, cancellationToken);

    private async Task<SecondFactorResult> VerifyAsync(Guid userId, string stamp, string step,
        Func<PortalUser, Task<SecondFactorOutcome>> check, CancellationToken cancellationToken)
    {
        var user = await db.Users.FindAsync([userId], cancellationToken);
        if (user?.ProtectedAuthenticatorKey is null || !PasswordVerifiedScheme.Matches(user, stamp))
        {
            return new(SecondFactorOutcome.NoPendingSignIn);
        }
        if (user.Status != AccountStatus.Active)
        {
            return new(SecondFactorOutcome.Disabled);
        }
        if (failures.IsLockedOut(user))
        {
            return new(SecondFactorOutcome.LockedOut);
        }

        var outcome = await check(user);
        if (outcome == SecondFactorOutcome.Succeeded)
        {
            await failures.ResetAsync(user.Id, cancellationToken);
            return new(outcome, user);
        }
        return await failures.RecordAsync(user.Id, step, cancellationToken) switch
        {
            FailureOutcome.LockedOut => new(SecondFactorOutcome.LockedOut),
            FailureOutcome.Disabled => new(SecondFactorOutcome.Disabled),
            _ => new(outcome),
        };
    }
}
