using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MsixPortal.Features.Account.Notice;
using MsixPortal.Features.Account.RateLimits;
using MsixPortal.Features.Account.Sessions;

namespace MsixPortal.Features.Account.SignIn;

/// <summary>Sign-in: the password, then a TOTP code or a recovery code. No "remember me" of any kind.</summary>
[AllowAnonymous]
[Route("account/signin")]
public class SignInController(
    NoticeAcceptance notice,
    AccountRateLimiter accountLimiter,
    SignInFlow flow) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? returnUrl) =>
        notice.IsAccepted(Request)
            ? View(new SignInInputModel { ReturnUrl = LocalOrNull(returnUrl) })
            : RedirectToAction("Index", "Notice", new { returnUrl = LocalOrNull(returnUrl) });

    [HttpPost("")]
    [EnableRateLimiting(SignInRateLimits.PerIpPolicy)]
    public async Task<IActionResult> Index(SignInInputModel input)
    {
        input.ReturnUrl = LocalOrNull(input.ReturnUrl);
        if (!notice.IsAccepted(Request))
        {
            return RedirectToAction("Index", "Notice", new { returnUrl = input.ReturnUrl });
        }
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        if (accountLimiter.TryAcquire(input.Email) is { } wait)
        {
            return new TooManyRequestsResult(wait);
        }
        var next = await flow.CheckPasswordAsync(input.Email, input.Password, HttpContext.RequestAborted);
        input.Password = "";
        return Continue(next, input, nameof(Index), input.ReturnUrl);
    }

    [HttpGet("code")]
    public IActionResult Code(string? returnUrl) => View(new AuthenticatorCodeInputModel { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost("code")]
    [EnableRateLimiting(SignInRateLimits.PerIpPolicy)]
    public async Task<IActionResult> Code(AuthenticatorCodeInputModel input)
    {
        input.ReturnUrl = LocalOrNull(input.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        var next = await flow.CheckAuthenticatorCodeAsync(input.Code, LimitAccount, HttpContext.RequestAborted);
        input.Code = "";
        return Continue(next, input, nameof(Code), input.ReturnUrl);
    }

    [HttpGet("recovery")]
    public IActionResult Recovery(string? returnUrl) => View(new RecoveryCodeInputModel { ReturnUrl = LocalOrNull(returnUrl) });

    [HttpPost("recovery")]
    [EnableRateLimiting(SignInRateLimits.PerIpPolicy)]
    public async Task<IActionResult> Recovery(RecoveryCodeInputModel input)
    {
        input.ReturnUrl = LocalOrNull(input.ReturnUrl);
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        var next = await flow.CheckRecoveryCodeAsync(input.RecoveryCode, LimitAccount, HttpContext.RequestAborted);
        input.RecoveryCode = "";
        return Continue(next, input, nameof(Recovery), input.ReturnUrl);
    }

    private TimeSpan? LimitAccount(Guid userId) => accountLimiter.TryAcquire(userId.ToString());

    private IActionResult Continue(SignInStep next, object input, string view, string? returnUrl) => next switch
    {
        { TooManyRequests: { } wait } => new TooManyRequestsResult(wait),
        { Error: { } error } => ShowError(view, input, error),
        { Next: SignInNext.SecondFactor } => RedirectToAction(nameof(Code), new { returnUrl }),
        { Next: SignInNext.Enrolment } => Redirect(AccountGateMiddleware.EnrolPath),
        { Next: SignInNext.StartAgain } => RedirectToAction(nameof(Index), new { returnUrl }),
        _ => LocalRedirect(returnUrl ?? "/"),
    };

    private ViewResult ShowError(string view, object input, string error)
    {
        ModelState.Clear();
        ModelState.AddModelError("", error);
        return View(view, input);
    }

    private string? LocalOrNull(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
