using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Features.Account.Passwords;
using MsixPortal.Features.Account.Sessions;

namespace MsixPortal.Features.Account.Activation;

/// <summary>The activation link: set a password, then straight on to authenticator enrolment.</summary>
[AllowAnonymous]
[Route(AccountActivation.Path)]
public class ActivationController(AccountActivation activation, SessionSignIn sessions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? token) =>
        await activation.FindAsync(token, HttpContext.RequestAborted) is null
            ? View("LinkInvalid")
            : View(new NewPasswordInputModel { Token = token! });

    [HttpPost("")]
    public async Task<IActionResult> Index(NewPasswordInputModel input)
    {
        var user = await activation.FindAsync(input.Token, HttpContext.RequestAborted);
        if (user is null)
        {
            return View("LinkInvalid");
        }
        if (ModelState.IsValid)
        {
            foreach (var problem in await activation.ActivateAsync(user, input.Token, input.Password, HttpContext.RequestAborted))
            {
                ModelState.AddModelError(nameof(input.Password), problem);
            }
        }
        if (!ModelState.IsValid)
        {
            return View(new NewPasswordInputModel { Token = input.Token });
        }
        await sessions.SignInForEnrolmentAsync(user);
        return Redirect(AccountGateMiddleware.EnrolPath);
    }
}
