using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Home;

[Route("")]
public class HomeController : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();
}
