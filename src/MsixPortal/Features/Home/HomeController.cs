using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Home;

/// <summary>
/// The landing page: for visitors, what the portal is with the ways in (sign in, apply); for a
/// signed-in user, their home (work, recent records, quick search).
/// </summary>
[Route("")]
[AllowAnonymous]
public class HomeController(SignedInHome home) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return View();
        }
        Response.Headers.CacheControl = "no-store";
        return View("SignedIn", await home.ForAsync(User, cancellationToken));
    }
}
