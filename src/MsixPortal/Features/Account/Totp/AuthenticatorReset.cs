using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Sessions;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Account.Totp;

/// <summary>
/// An administrator's reset of a lost authenticator: the key and recovery codes go, every session
/// ends, and at the next sign-in (password) the user must enrol a new authenticator.
/// </summary>
public sealed class AuthenticatorReset(PortalDbContext db, UserSessions sessions, AuditTrail audit)
{
    public async Task ResetAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        user.ProtectedAuthenticatorKey = null;
        user.PendingAuthenticatorKey = null;
        user.AuthenticatorEnrolledAt = null;
        await db.RecoveryCodes.Where(c => c.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        // The account's State: a national administrator's reset belongs in that State's trail too.
        db.Add(audit.Create(AccountAuditActions.MfaReset, "user", user.Id.ToString(), stateCode: user.StateCode));
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(user, cancellationToken);
    }
}
