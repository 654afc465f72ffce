using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Help.Resources;

/// <summary>The help centre's downloads (public: they hold no student information).</summary>
[AllowAnonymous]
[Route("help/resources")]
public sealed class HelpResourcesController(HelpResources resources) : Controller
{
    [HttpGet("{name}")]
    public async Task<IActionResult> Download(string name, CancellationToken cancellationToken) =>
        await resources.FindAsync(name, cancellationToken) is { } file ? File(file.Content, file.ContentType, file.FileName) : NotFound();
}
