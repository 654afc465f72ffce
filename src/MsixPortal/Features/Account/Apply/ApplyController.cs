using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Features.Account.Recertification;

namespace MsixPortal.Features.Account.Apply;

/// <summary>The public account application form and its confirmation page.</summary>
[AllowAnonymous]
[Route("account/apply")]
public class ApplyController(AccountApplications applications, RulesOfBehavior rules) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await ViewModelAsync(new ApplyInputModel()));

    [HttpPost("")]
    public async Task<IActionResult> Index([Bind(Prefix = "Input")] ApplyInputModel input)
    {
        if (ModelState.IsValid)
        {
            foreach (var (field, problem) in await applications.ValidateAsync(input, HttpContext.RequestAborted))
            {
                ModelState.AddModelError(field.Length == 0 ? "" : $"Input.{field}", problem);
            }
        }
        if (!ModelState.IsValid)
        {
            // Keep what was typed; the current Rules of Behavior are shown and must be accepted afresh.
            ClearKeepingErrors("Input.AcceptRulesOfBehavior");
            ClearKeepingErrors("Input.RulesOfBehaviorVersionId");
            input.AcceptRulesOfBehavior = false;
            return View(await ViewModelAsync(input));
        }
        await applications.SubmitAsync(input, HttpContext.RequestAborted);
        return RedirectToAction(nameof(Submitted));
    }

    [HttpGet("submitted")]
    public IActionResult Submitted() => View();

    /// <summary>Forgets the posted value (so the page shows the model's) but keeps the field's errors.</summary>
    private void ClearKeepingErrors(string key)
    {
        var errors = ModelState[key]?.Errors.Select(e => e.ErrorMessage).ToList() ?? [];
        ModelState.Remove(key);
        errors.ForEach(error => ModelState.AddModelError(key, error));
    }

    private async Task<ApplyViewModel> ViewModelAsync(ApplyInputModel input)
    {
        var current = await rules.CurrentAsync(HttpContext.RequestAborted);
        input.RulesOfBehaviorVersionId = current.Id;
        return new ApplyViewModel(input, await applications.StatesAsync(HttpContext.RequestAborted),
            AccountApplications.ApplicableRoles, current);
    }
}
