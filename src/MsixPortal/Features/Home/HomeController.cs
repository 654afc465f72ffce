using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Home;

/// <summary>The public landing page: what the portal is, with the ways in (sign in, apply).</summary>
[Route("")]
[AllowAnonymous]
public class HomeController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
