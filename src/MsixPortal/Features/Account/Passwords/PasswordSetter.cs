using Microsoft.AspNetCore.Identity;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Passwords;

/// <summary>Checks a new password against the portal's rules and, if it passes, hashes it onto the user (not saved).</summary>
public sealed class PasswordSetter(UserManager<PortalUser> userManager)
{
    /// <summary>The reasons the password is refused; empty when it was set.</summary>
    public async Task<IReadOnlyList<string>> TrySetAsync(PortalUser user, string password)
    {
        var problems = new List<string>();
        foreach (var validator in userManager.PasswordValidators)
        {
            var result = await validator.ValidateAsync(userManager, user, password);
            problems.AddRange(result.Errors.Select(e => e.Description));
        }
        if (problems.Count == 0)
        {
            user.PasswordHash = userManager.PasswordHasher.HashPassword(user, password);
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }
        return problems;
    }
}
