using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Passwords;
using MsixPortal.Features.Account.Sessions;
using MsixPortal.Features.Account.Tokens;
using MsixPortal.Features.Audit;
using MsixPortal.Infrastructure;
using MsixPortal.Infrastructure.Email;

namespace MsixPortal.Features.Account.PasswordReset;

/// <summary>
/// Forgot password: an emailed single-use link (30 min). The request answers the same, in about
/// the same time, whether or not the email belongs to an account: the email itself goes out after
/// the response. The new password ends every session, and signing in still needs the
/// authenticator or a recovery code.
/// </summary>
public sealed class PasswordResets(
    PortalDbContext db,
    AccountTokens tokens,
    PasswordSetter passwords,
    UserSessions sessions,
    DeferredEmails emails,
    PortalLinks links,
    IOptions<AccountOptions> options,
    AuditTrail audit)
{
    public const string Path = "account/reset";

    public async Task RequestAsync(string email, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.NormalizedEmail == normalized && u.Status == AccountStatus.Active, cancellationToken);
        // Audited either way (without the email typed); saved with the token, in one round trip.
        db.Add(audit.Create(AccountAuditActions.PasswordResetRequested, "user", user?.Id.ToString(), userId: user?.Id, stateCode: user?.StateCode));
        if (user is null)
        {
            await SpendTheSameTimeAsync(cancellationToken);
            return;
        }
        var (token, expiresAt) = await tokens.IssueAsync(user.Id, AccountTokenPurpose.PasswordReset,
            options.Value.PasswordResetLinkLifetime, cancellationToken);
        emails.Enqueue(AccountEmails.PasswordResetLink(user.Email!, links.To(Path, $"token={token}"), expiresAt));
    }

    /// <summary>The active account a still-valid reset link belongs to, or null.</summary>
    public async Task<PortalUser?> FindAsync(string? token, CancellationToken cancellationToken = default) =>
        await tokens.PeekAsync(token, AccountTokenPurpose.PasswordReset, cancellationToken) is { } userId
            ? await db.Users.FindAsync([userId], cancellationToken) is { Status: AccountStatus.Active } user ? user : null
            : null;

    /// <summary>Sets the new password and ends all sessions; returns the password problems, if any.</summary>
    public async Task<IReadOnlyList<string>> ResetAsync(PortalUser user, string token, string password,
        CancellationToken cancellationToken = default)
    {
        var problems = await passwords.TrySetAsync(user, password);
        if (problems.Count > 0)
        {
            return problems;
        }
        if (!await tokens.TryConsumeAsync(token, AccountTokenPurpose.PasswordReset, cancellationToken))
        {
            return [PasswordResetMessages.ResetLinkInvalid];
        }
        db.Add(audit.Create(AccountAuditActions.PasswordReset, "user", user.Id.ToString(), userId: user.Id, stateCode: user.StateCode));
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(user, cancellationToken);
        return [];
    }

    /// <summary>
    /// The same kind of work as for a real account: hash a token, an UPDATE that finds no rows,
    /// and the save (of the audit row).
    /// </summary>
    private async Task SpendTheSameTimeAsync(CancellationToken cancellationToken)
    {
        _ = AccountTokens.Hash(WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)));
        var nobody = Guid.NewGuid();
        await db.AccountTokens.Where(t => t.UserId == nobody && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, DateTime.UtcNow), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}

public static class PasswordResetMessages
{
    public const string ResetLinkInvalid =
        "This link is not valid any more: it was used already or it expired. Ask for a new one on the sign-in page.";
}
