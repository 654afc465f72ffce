using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MsixPortal.Features.Account.Passwords;
using MsixPortal.Features.Account.RateLimits;

namespace MsixPortal.Features.Account.PasswordReset;

/// <summary>Forgot password (ask for a link) and reset password (use it). No security questions.</summary>
[AllowAnonymous]
[Route("account")]
public class PasswordResetController(PasswordResets resets, AccountRateLimiter accountLimiter) : Controller
{
    [HttpGet("forgot")]
    public IActionResult Forgot() => View(new ForgotPasswordInputModel());

    [HttpPost("forgot")]
    [EnableRateLimiting(SignInRateLimits.PerIpPolicy)]
    public async Task<IActionResult> Forgot(ForgotPasswordInputModel input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        if (accountLimiter.TryAcquire(input.Email) is { } wait)
        {
            return new TooManyRequestsResult(wait);
        }
        await resets.RequestAsync(input.Email, HttpContext.RequestAborted);
        return RedirectToAction(nameof(ForgotSent));
    }

    [HttpGet("forgot/sent")]
    public IActionResult ForgotSent() => View();

    [HttpGet("reset")]
    public async Task<IActionResult> Reset(string? token) =>
        await resets.FindAsync(token, HttpContext.RequestAborted) is null
            ? View("ResetLinkInvalid")
            : View(new NewPasswordInputModel { Token = token! });

    [HttpPost("reset")]
    public async Task<IActionResult> Reset(NewPasswordInputModel input)
    {
        var user = await resets.FindAsync(input.Token, HttpContext.RequestAborted);
        if (user is null)
        {
            return View("ResetLinkInvalid");
        }
        if (ModelState.IsValid)
        {
            foreach (var problem in await resets.ResetAsync(user, input.Token, input.Password, HttpContext.RequestAborted))
            {
                ModelState.AddModelError(nameof(input.Password), problem);
            }
        }
        return ModelState.IsValid
            ? RedirectToAction(nameof(ResetDone))
            : View(new NewPasswordInputModel { Token = input.Token });
    }

    [HttpGet("reset/done")]
    public IActionResult ResetDone() => View();
}

public sealed class ForgotPasswordInputModel
{
    [Required(ErrorMessage = "Enter your work email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    [Display(Name = "Work email")]
    public string Email { get; set; } = "";
}
