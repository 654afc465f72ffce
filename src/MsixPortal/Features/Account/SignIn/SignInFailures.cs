using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Account.SignIn;

public enum FailureOutcome
{
    Counted,
    LockedOut,
    Disabled,
}

/// <summary>
/// Counts failed sign-in steps (password, TOTP, recovery code alike): 5 in a row lock the account
/// for 15 minutes, 100 in a row across lockouts disable it until an administrator acts. The
/// portal keeps these counters itself (Identity's lockout ignores recovery codes and the clock
/// that tests control). Increments are single UPDATEs, so parallel failures all count.
/// </summary>
public sealed class SignInFailures(
    PortalDbContext db,
    IOptions<AccountOptions> options,
    TimeProvider clock,
    AuditTrail audit,
    ILogger<SignInFailures> logger)
{
    public bool IsLockedOut(PortalUser user) => user.LockoutEnd > clock.GetUtcNow();

    public async Task<FailureOutcome> RecordAsync(Guid userId, string step, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var users = db.Users.Where(u => u.Id == userId);
        await users.ExecuteUpdateAsync(s => s
            .SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1)
            .SetProperty(u => u.TotalFailedSignIns, u => u.TotalFailedSignIns + 1), cancellationToken);
        await audit.RecordAsync(AccountAuditActions.SignInFailed, "user", userId.ToString(), $"step={step}",
            userId, cancellationToken: cancellationToken);

        var disabled = await users
            .Where(u => u.TotalFailedSignIns >= settings.MaxTotalFailures && u.Status == AccountStatus.Active)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.Status, AccountStatus.Disabled)
                .SetProperty(u => u.DisabledReason, AccountDisabledReason.TooManyFailedSignIns)
                .SetProperty(u => u.StatusChangedAt, now.UtcDateTime), cancellationToken);
        if (disabled == 1)
        {
            logger.LogWarning("Account {UserId} disabled after {Failures} failed sign-in steps", userId, settings.MaxTotalFailures);
            await audit.RecordAsync(AccountAuditActions.DisabledAfterFailures, "user", userId.ToString(), null, userId, cancellationToken: cancellationToken);
            return FailureOutcome.Disabled;
        }

        var locked = await users
            .Where(u => u.AccessFailedCount >= settings.MaxConsecutiveFailures)
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.AccessFailedCount, 0)
                .SetProperty(u => u.LockoutEnd, now + settings.LockoutDuration), cancellationToken);
        if (locked == 1)
        {
            logger.LogWarning("Account {UserId} locked out for {Minutes} minutes", userId, settings.LockoutDuration.TotalMinutes);
            await audit.RecordAsync(AccountAuditActions.LockedOut, "user", userId.ToString(), null, userId, cancellationToken: cancellationToken);
            return FailureOutcome.LockedOut;
        }
        return FailureOutcome.Counted;
    }

    /// <summary>A completed sign-in: the counters start again and the inactivity clock restarts.</summary>
    public async Task ResetAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.AccessFailedCount, 0)
            .SetProperty(u => u.TotalFailedSignIns, 0)
            .SetProperty(u => u.LockoutEnd, (DateTimeOffset?)null)
            .SetProperty(u => u.LastSignInAt, now), cancellationToken);
    }
}
