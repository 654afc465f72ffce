using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.RulesOfBehaviorAdmin;

/// <summary>Publishing the Rules of Behavior, and who has not accepted the version in force (national administrators).</summary>
[Route("admin/rules-of-behavior")]
[Authorize(Policy = Policies.ManageRulesOfBehavior)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RulesOfBehaviorAdminController(RulesOfBehaviorPublishing publishing) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? done, CancellationToken cancellationToken) =>
        View(await publishing.PageAsync(null, done == "published" ? "The new version was published. Every user accepts it at their next sign-in after it takes effect." : null,
            cancellationToken));

    [HttpPost("")]
    [IdempotentSubmission]
    public async Task<IActionResult> Publish([Bind(Prefix = "Input")] RulesOfBehaviorPublishInputModel input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            foreach (var (field, problem) in await publishing.PublishAsync(input, cancellationToken))
            {
                ModelState.AddModelError($"Input.{field}", problem);
            }
        }
        return ModelState.IsValid
            ? Redirect("/admin/rules-of-behavior?done=published")
            : View(nameof(Index), await publishing.PageAsync(input, null, cancellationToken));
    }

    [HttpGet("acceptance")]
    public async Task<IActionResult> Acceptance(CancellationToken cancellationToken) => View(await publishing.AcceptanceAsync(cancellationToken));
}
