using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Sessions;
using MsixPortal.Features.Audit;
using MsixPortal.Infrastructure.Security;

namespace MsixPortal.Features.Account.SignOut;

/// <summary>Sign out of this browser, or of every session of the account (new security stamp).</summary>
[Route("account")]
public class SignOutController(
    SessionSignIn sessions,
    UserSessions userSessions,
    UserManager<PortalUser> userManager,
    AuditTrail audit) : Controller
{
    public const string SignedOutPath = "/account/signed-out";

    [AllowAnonymous]
    [ClearSiteData]
    [HttpPost("signout")]
    public async Task<IActionResult> SignOutHere()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(AccountAuditActions.SignedOut);
        }
        await sessions.SignOutAsync();
        return Redirect(SignedOutPath);
    }

    /// <summary>Ends every session of the signed-in user, on every device, this one included.</summary>
    [ClearSiteData]
    [HttpPost("signout-everywhere")]
    public async Task<IActionResult> SignOutEverywhere()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await audit.RecordAsync(AccountAuditActions.SignedOutEverywhere, "user", user.Id.ToString());
        await userSessions.EndAllAsync(user);
        await sessions.SignOutAsync();
        return Redirect(SignedOutPath);
    }

    [AllowAnonymous]
    [HttpGet("signed-out")]
    public IActionResult SignedOut() => View();
}
