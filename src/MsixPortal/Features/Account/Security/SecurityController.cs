using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Totp;

namespace MsixPortal.Features.Account.Security;

/// <summary>The signed-in user's own account page: who they are, their sessions and recovery codes.</summary>
[Route("account")]
public class SecurityController(UserManager<PortalUser> userManager, RecoveryCodes recoveryCodes) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        return View(new SecurityViewModel(
            user.Email ?? "",
            user.FullName,
            await userManager.GetRolesAsync(user),
            user.StateCode,
            await recoveryCodes.RemainingAsync(user.Id)));
    }
}

public sealed record SecurityViewModel(
    string Email, string FullName, IList<string> Roles, string? StateCode, int RecoveryCodesLeft);
