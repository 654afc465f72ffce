using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Enrolment;
using MsixPortal.Features.Account.Sessions;
using MsixPortal.Features.Account.Totp;

namespace MsixPortal.Features.Account.Security;

/// <summary>The signed-in user's own account: who they are, sessions, password and authenticator.</summary>
[Route("account")]
public class SecurityController(
    UserManager<PortalUser> userManager,
    RecoveryCodes recoveryCodes,
    CredentialChanges changes) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        return View(new SecurityViewModel(user.Email ?? "", user.FullName, await userManager.GetRolesAsync(user),
            user.StateCode, await recoveryCodes.RemainingAsync(user.Id)));
    }

    [HttpGet("password")]
    public IActionResult Password() => View(new ChangePasswordInputModel());

    [HttpPost("password")]
    public async Task<IActionResult> Password(ChangePasswordInputModel input)
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (ModelState.IsValid)
        {
            foreach (var problem in await changes.ChangePasswordAsync(user, input, HttpContext.RequestAborted))
            {
                ModelState.AddModelError("", problem);
            }
        }
        return ModelState.IsValid ? View("PasswordChanged") : View(new ChangePasswordInputModel());
    }

    /// <summary>Says what renewing does (the old codes stop working) and asks for both factors; changes nothing.</summary>
    [HttpGet("recovery-codes")]
    public async Task<IActionResult> RenewRecoveryCodes()
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        ViewData["RecoveryCodesLeft"] = await recoveryCodes.RemainingAsync(user.Id);
        return View(new ReauthenticationInputModel());
    }

    /// <summary>The new codes are shown in this answer only (they are stored hashed), never behind a redirect.</summary>
    [HttpPost("recovery-codes")]
    public async Task<IActionResult> RenewRecoveryCodes(ReauthenticationInputModel input)
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (ModelState.IsValid && await changes.RenewRecoveryCodesAsync(user, input, HttpContext.RequestAborted) is { } codes)
        {
            return View(RecoveryCodesView.Path, new RecoveryCodesView(codes, Renewed: true));
        }
        if (ModelState.IsValid)
        {
            ModelState.AddModelError("", CredentialChanges.NotVerified);
        }
        ViewData["RecoveryCodesLeft"] = await recoveryCodes.RemainingAsync(user.Id);
        return View(new ReauthenticationInputModel());
    }

    [HttpGet("authenticator")]
    public IActionResult Authenticator() => View(new ReauthenticationInputModel());

    [HttpPost("authenticator")]
    public async Task<IActionResult> Authenticator(ReauthenticationInputModel input)
    {
        if (await userManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (ModelState.IsValid && await changes.ReplaceAuthenticatorAsync(user, input, HttpContext.RequestAborted))
        {
            return Redirect(AccountGateMiddleware.EnrolPath);
        }
        ModelState.AddModelError("", CredentialChanges.NotVerified);
        return View(new ReauthenticationInputModel());
    }
}

public sealed record SecurityViewModel(
    string Email, string FullName, IList<string> Roles, string? StateCode, int RecoveryCodesLeft);
