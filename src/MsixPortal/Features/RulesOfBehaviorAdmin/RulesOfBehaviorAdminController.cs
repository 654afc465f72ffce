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

    /// <summary>
    /// The checked version as users will read it, and what publishing it will do; nothing changes until
    /// it is confirmed. "Change it" (change=true) comes back to the form with the text as typed.
    /// </summary>
    [HttpPost("review")]
    public async Task<IActionResult> Review([Bind(Prefix = "Input")] RulesOfBehaviorPublishInputModel input, bool change,
        CancellationToken cancellationToken)
    {
        if (change)
        {
            ModelState.Clear();
        }
        else if (ModelState.IsValid)
        {
            AddProblems(await publishing.CheckAsync(input, cancellationToken));
            if (ModelState.IsValid)
            {
                return View("Review", await publishing.ReviewAsync(input, cancellationToken));
            }
        }
        return View(nameof(Index), await publishing.PageAsync(input, null, cancellationToken));
    }

    [HttpPost("")]
    [IdempotentSubmission]
    public async Task<IActionResult> Publish([Bind(Prefix = "Input")] RulesOfBehaviorPublishInputModel input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            AddProblems(await publishing.PublishAsync(input, cancellationToken));
        }
        return ModelState.IsValid
            ? Redirect("/admin/rules-of-behavior?done=published")
            : View(nameof(Index), await publishing.PageAsync(input, null, cancellationToken));
    }

    [HttpGet("acceptance")]
    public async Task<IActionResult> Acceptance(CancellationToken cancellationToken) => View(await publishing.AcceptanceAsync(cancellationToken));

    private void AddProblems(Dictionary<string, string> problems)
    {
        foreach (var (field, problem) in problems)
        {
            ModelState.AddModelError($"Input.{field}", problem);
        }
    }
}
