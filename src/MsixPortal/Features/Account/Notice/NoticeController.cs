using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Account.Notice;

/// <summary>The system-use notice, which must be accepted before the sign-in form is shown.</summary>
[AllowAnonymous]
[Route("account/notice")]
public class NoticeController(NoticeAcceptance acceptance) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? returnUrl) => View(new NoticeViewModel(LocalOrNull(returnUrl)));

    [HttpPost("")]
    public IActionResult Accept(string? returnUrl)
    {
        acceptance.Accept(Response);
        return RedirectToAction("Index", "SignIn", new { returnUrl = LocalOrNull(returnUrl) });
    }

    private string? LocalOrNull(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;
}

public sealed record NoticeViewModel(string? ReturnUrl);
