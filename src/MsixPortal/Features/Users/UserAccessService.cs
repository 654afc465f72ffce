using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Sessions;
using MsixPortal.Features.Account.Totp;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Shared;

namespace MsixPortal.Features.Users;

/// <summary>
/// What a user administrator does to an account: roles, disable/enable, deactivate, end sessions,
/// reset the authenticator. Each is allowed only by <see cref="Policies.AdministerAccount"/> (same
/// State, not one's own account, no role above one's own), ends the user's sessions when access
/// changes, and is audited in the same transaction.
/// </summary>
public sealed class UserAccessService(
    PortalDbContext db,
    UserManager<PortalUser> userManager,
    IAuthorizationService authorization,
    UserSessions sessions,
    AdministratorReauthentication reauthentication,
    AuthenticatorReset authenticatorReset,
    AuditTrail audit,
    TimeProvider clock)
{
    public async Task<AdminOutcome> ChangeRolesAsync(ClaimsPrincipal admin, Guid id, IReadOnlyCollection<string> roles,
        CancellationToken cancellationToken)
    {
        var requested = roles.Distinct(StringComparer.Ordinal).ToList();
        return await ChangeAsync(admin, id, requested, async (user, current) =>
        {
            var national = user.StateCode is null;
            if (requested.Count == 0 || requested.Any(role => !PortalRoles.All.Contains(role))
                || requested.Any(role => (role == PortalRoles.NationalAdministrator) != national))
            {
                return AdminOutcome.Refused("invalid-role");
            }
            Check(await userManager.RemoveFromRolesAsync(user, current.Except(requested)));
            Check(await userManager.AddToRolesAsync(user, requested.Except(current)));
            await sessions.EndAllAsync(user, cancellationToken);
            Audit(AuditActions.RolesChanged, user,
                $"from={string.Join('+', current.Order(StringComparer.Ordinal))};to={string.Join('+', requested.Order(StringComparer.Ordinal))}");
            return AdminOutcome.Done("roles-changed");
        }, cancellationToken);
    }

    public Task<AdminOutcome> DisableAsync(ClaimsPrincipal admin, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(admin, id, [], async (user, _) =>
        {
            if (user.Status is not (AccountStatus.Active or AccountStatus.PendingActivation))
            {
                return AdminOutcome.Refused("not-active");
            }
            SetStatus(user, AccountStatus.Disabled, AccountDisabledReason.Administrator);
            await sessions.EndAllAsync(user, cancellationToken);
            Audit(AuditActions.AccountDisabled, user);
            return AdminOutcome.Done("disabled");
        }, cancellationToken);

    public Task<AdminOutcome> EnableAsync(ClaimsPrincipal admin, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(admin, id, [], (user, _) =>
        {
            if (user.Status != AccountStatus.Disabled)
            {
                return Task.FromResult(AdminOutcome.Refused("not-disabled"));
            }
            SetStatus(user, user.ActivatedAt is null ? AccountStatus.PendingActivation : AccountStatus.Active, null);
            // The administrator vouches for the account: failure counters and lockout start again.
            user.AccessFailedCount = 0;
            user.TotalFailedSignIns = 0;
            user.LockoutEnd = null;
            Audit(AuditActions.AccountEnabled, user);
            return Task.FromResult(AdminOutcome.Done("enabled"));
        }, cancellationToken);

    public Task<AdminOutcome> DeactivateAsync(ClaimsPrincipal admin, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(admin, id, [], async (user, _) =>
        {
            SetStatus(user, AccountStatus.Deactivated, null);
            // Outstanding activation or reset links die with the account; the row (and its email) stays
            // forever, so the email can never be registered again.
            await db.AccountTokens.Where(t => t.UserId == user.Id && t.UsedAt == null).ExecuteDeleteAsync(cancellationToken);
            await sessions.EndAllAsync(user, cancellationToken);
            Audit(AuditActions.AccountDeactivated, user);
            return AdminOutcome.Done("deactivated");
        }, cancellationToken);

    public Task<AdminOutcome> EndSessionsAsync(ClaimsPrincipal admin, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(admin, id, [], async (user, _) =>
        {
            await sessions.EndAllAsync(user, cancellationToken);
            Audit(AuditActions.SessionsEnded, user);
            return AdminOutcome.Done("sessions-ended");
        }, cancellationToken);

    public Task<AdminOutcome> ResetAuthenticatorAsync(ClaimsPrincipal admin, Guid id, string password, string code,
        CancellationToken cancellationToken) =>
        ChangeAsync(admin, id, [], async (user, _) =>
        {
            Audit(AuditActions.AdministratorReauthenticated, user);
            await authenticatorReset.ResetAsync(user, cancellationToken);
            return AdminOutcome.Done("authenticator-reset");
        }, cancellationToken,
        // Outside the change's transaction, so that a failed attempt still counts toward the administrator's lockout.
        verify: async () => await reauthentication.VerifyAsync(admin, password, code, cancellationToken)
            ? null
            : AdminOutcome.Refused("reauthentication-failed"));

    /// <summary>Loads the account, applies the policy with every role involved, then runs the change in one transaction.</summary>
    private async Task<AdminOutcome> ChangeAsync(ClaimsPrincipal admin, Guid id, IReadOnlyCollection<string> newRoles,
        Func<PortalUser, IList<string>, Task<AdminOutcome>> change, CancellationToken cancellationToken,
        Func<Task<AdminOutcome?>>? verify = null)
    {
        var user = await userManager.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return AdminOutcome.NotFound;
        }
        var current = await userManager.GetRolesAsync(user);
        var resource = new AccountResource(user.Id, user.Email ?? "", user.StateCode, [.. current.Union(newRoles)]);
        if (!(await authorization.AuthorizeAsync(admin, resource, Policies.AdministerAccount)).Succeeded)
        {
            return AdminOutcome.Forbidden;
        }
        if (user.Status == AccountStatus.Deactivated)
        {
            return AdminOutcome.Refused("deactivated-already");
        }
        if (verify is not null && await verify() is { } refused)
        {
            return refused;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = await change(user, current);
        if (outcome.Kind != AdminOutcomeKind.Done)
        {
            return outcome;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private void SetStatus(PortalUser user, AccountStatus status, AccountDisabledReason? reason)
    {
        user.Status = status;
        user.DisabledReason = reason;
        user.StatusChangedAt = clock.GetUtcNow().UtcDateTime;
    }

    private void Audit(string action, PortalUser user, string? detail = null) =>
        db.Add(audit.Create(action, "user", user.Id.ToString(), detail, stateCode: user.StateCode));

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
