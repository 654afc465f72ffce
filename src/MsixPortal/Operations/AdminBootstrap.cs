using Microsoft.AspNetCore.Identity;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Activation;

namespace MsixPortal.Operations;

/// <summary>
/// create-admin: the first national administrator of a new installation. The account waits for
/// activation; the operator hands the printed one-time link to that person (it is also emailed).
/// </summary>
public sealed class AdminBootstrap(UserManager<PortalUser> userManager, AccountActivation activation, TimeProvider clock)
{
    /// <summary>The activation link, or null with a reason when the email is already taken.</summary>
    public async Task<(Uri? Link, string? Problem)> CreateAsync(string email, CancellationToken cancellationToken = default)
    {
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            return (null, "An account with this email already exists.");
        }
        var user = new PortalUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            FullName = "National Administrator",
            JobTitle = PortalRoles.NationalAdministrator,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Status = AccountStatus.PendingActivation,
        };
        var created = await userManager.CreateAsync(user);
        if (!created.Succeeded)
        {
            return (null, string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await userManager.AddToRoleAsync(user, PortalRoles.NationalAdministrator);
        return (await activation.IssueActivationLinkAsync(user, sendEmail: true, cancellationToken), null);
    }
}
