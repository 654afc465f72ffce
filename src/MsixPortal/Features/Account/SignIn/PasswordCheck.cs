using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Account.SignIn;

public enum PasswordCheckOutcome
{
    /// <summary>Unknown email, no password yet, or a wrong password: one answer for all.</summary>
    Failed,
    LockedOut,
    Disabled,
    DisabledForInactivity,
    Verified,
}

public sealed record PasswordCheckResult(PasswordCheckOutcome Outcome, PortalUser? User = null);

/// <summary>
/// The first sign-in step. Every path verifies one password hash (the real one or a dummy) so that
/// unknown, locked and disabled accounts answer in about the same time as real ones, and a locked
/// or disabled account never has its password evaluated (security.md 5, 6).
/// </summary>
public sealed class PasswordCheck(
    PortalDbContext db,
    IPasswordHasher<PortalUser> hasher,
    DummyPasswordHash dummy,
    SignInFailures failures,
    IOptions<AccountOptions> options,
    TimeProvider clock,
    AuditTrail audit)
{
    public async Task<PasswordCheckResult> RunAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user?.PasswordHash is null || user.Status is AccountStatus.PendingActivation or AccountStatus.Deactivated)
        {
            dummy.Verify(password);
            await audit.RecordAsync(AccountAuditActions.SignInFailed, detail: "step=password;account=none-or-inactive",
                userId: user?.Id, cancellationToken: cancellationToken);
            return new(PasswordCheckOutcome.Failed);
        }
        if (user.Status == AccountStatus.Active && IsInactive(user))
        {
            await DisableForInactivityAsync(user, cancellationToken);
        }
        if (user.Status == AccountStatus.Disabled || failures.IsLockedOut(user))
        {
            dummy.Verify(password);
            return user.Status == AccountStatus.Disabled
                ? new(user.DisabledReason == AccountDisabledReason.Inactivity
                    ? PasswordCheckOutcome.DisabledForInactivity : PasswordCheckOutcome.Disabled)
                : new(PasswordCheckOutcome.LockedOut);
        }

        var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verification == PasswordVerificationResult.Failed)
        {
            return await failures.RecordAsync(user.Id, "password", cancellationToken) switch
            {
                FailureOutcome.LockedOut => new(PasswordCheckOutcome.LockedOut),
                FailureOutcome.Disabled => new(PasswordCheckOutcome.Disabled),
                _ => new(PasswordCheckOutcome.Failed),
            };
        }
        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = hasher.HashPassword(user, password);
            await db.SaveChangesAsync(cancellationToken);
        }
        return new(PasswordCheckOutcome.Verified, user);
    }

    private bool IsInactive(PortalUser user)
    {
        var lastUse = user.LastSignInAt ?? user.ActivatedAt ?? user.CreatedAt;
        // An administrator re-enabling the account (a status change) restarts the clock.
        if (user.StatusChangedAt > lastUse)
        {
            lastUse = user.StatusChangedAt.Value;
        }
        return clock.GetUtcNow().UtcDateTime - lastUse > TimeSpan.FromDays(options.Value.InactivityDays);
    }

    private async Task DisableForInactivityAsync(PortalUser user, CancellationToken cancellationToken)
    {
        user.Status = AccountStatus.Disabled;
        user.DisabledReason = AccountDisabledReason.Inactivity;
        user.StatusChangedAt = clock.GetUtcNow().UtcDateTime;
        await audit.RecordAsync(AccountAuditActions.DisabledForInactivity, "user", user.Id.ToString(),
            userId: user.Id, cancellationToken: cancellationToken);
    }
}
