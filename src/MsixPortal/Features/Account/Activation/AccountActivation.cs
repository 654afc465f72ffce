using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Passwords;
using MsixPortal.Features.Account.Tokens;
using MsixPortal.Features.Audit;
using MsixPortal.Infrastructure;
using MsixPortal.Infrastructure.Email;

namespace MsixPortal.Features.Account.Activation;

/// <summary>
/// Activation of an approved account: a single-use link (72 h) to set the first password, after
/// which the user must enrol an authenticator. The approval page calls
/// <see cref="IssueActivationLinkAsync"/> once it has created the account.
/// </summary>
public sealed class AccountActivation(
    PortalDbContext db,
    AccountTokens tokens,
    PasswordSetter passwords,
    IPortalEmailSender email,
    PortalLinks links,
    IOptions<AccountOptions> options,
    AuditTrail audit,
    TimeProvider clock)
{
    public const string Path = "account/activate";

    /// <summary>
    /// Creates a new activation link for a <see cref="AccountStatus.PendingActivation"/> account
    /// (voiding any earlier one), emails it to the user unless <paramref name="sendEmail"/> is false,
    /// and returns it.
    /// </summary>
    public async Task<Uri> IssueActivationLinkAsync(PortalUser user, bool sendEmail = true, CancellationToken cancellationToken = default)
    {
        if (user.Status != AccountStatus.PendingActivation)
        {
            throw new InvalidOperationException("Only an account waiting for activation gets an activation link.");
        }
        var (token, expiresAt) = await tokens.IssueAsync(user.Id, AccountTokenPurpose.Activation,
            options.Value.ActivationLinkLifetime, cancellationToken);
        var link = links.To(Path, $"token={token}");
        // The account's State, not the issuer's (a national administrator has none).
        db.Add(audit.Create(AccountAuditActions.ActivationLinkIssued, "user", user.Id.ToString(), stateCode: user.StateCode));
        await db.SaveChangesAsync(cancellationToken);
        if (sendEmail)
        {
            await email.SendAsync(AccountEmails.ActivationLink(user.Email!, link, expiresAt), cancellationToken);
        }
        return link;
    }

    /// <summary>The account a still-valid activation link belongs to, or null.</summary>
    public async Task<PortalUser?> FindAsync(string? token, CancellationToken cancellationToken = default) =>
        await tokens.PeekAsync(token, AccountTokenPurpose.Activation, cancellationToken) is { } userId
            ? await db.Users.FindAsync([userId], cancellationToken) is { Status: AccountStatus.PendingActivation } user ? user : null
            : null;

    /// <summary>Sets the first password and activates the account; returns the password problems, if any.</summary>
    public async Task<IReadOnlyList<string>> ActivateAsync(PortalUser user, string token, string password,
        CancellationToken cancellationToken = default)
    {
        var problems = await passwords.TrySetAsync(user, password);
        if (problems.Count > 0)
        {
            return problems;
        }
        if (!await tokens.TryConsumeAsync(token, AccountTokenPurpose.Activation, cancellationToken))
        {
            return [ActivationMessages.LinkInvalid];
        }
        user.Status = AccountStatus.Active;
        user.StatusChangedAt = user.ActivatedAt = clock.GetUtcNow().UtcDateTime;
        user.EmailConfirmed = true;
        db.Add(audit.Create(AccountAuditActions.Activated, "user", user.Id.ToString(), userId: user.Id, stateCode: user.StateCode));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}

public static class ActivationMessages
{
    public const string LinkInvalid =
        "This link is not valid any more: it was used already or it expired. Ask your State user administrator for a new one.";
}
