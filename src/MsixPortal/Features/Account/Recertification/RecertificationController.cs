using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Sessions;

namespace MsixPortal.Features.Account.Recertification;

/// <summary>
/// The yearly re-certification (and after a new Rules of Behavior text): the only page a user
/// whose certification is due can reach (security.md 38).
/// </summary>
[Route("account/recertify")]
public class RecertificationController(
    UserManager<PortalUser> userManager,
    Recertifications recertifications,
    RulesOfBehavior rules,
    SessionSignIn sessions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(new RecertificationViewModel(new RecertificationInputModel(), await rules.CurrentAsync(HttpContext.RequestAborted)));

    [HttpPost("")]
    public async Task<IActionResult> Index(RecertificationInputModel input)
    {
        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (ModelState.IsValid)
        {
            foreach (var (field, problem) in await recertifications.RecertifyAsync(user, input, HttpContext.RequestAborted))
            {
                ModelState.AddModelError(field, problem);
            }
        }
        if (!ModelState.IsValid)
        {
            return View(new RecertificationViewModel(input, await rules.CurrentAsync(HttpContext.RequestAborted)));
        }
        await sessions.RefreshWithMfaAsync(user);
        return Redirect("/");
    }
}

public sealed class RecertificationInputModel
{
    [Required(ErrorMessage = "Enter the date you completed cybersecurity training.")]
    [Display(Name = "Cybersecurity training completed on")]
    public DateOnly? TrainingCompletedOn { get; set; }

    public int RulesOfBehaviorVersionId { get; set; }

    [Display(Name = "I have read and accept the Rules of Behavior")]
    public bool AcceptRulesOfBehavior { get; set; }
}

public sealed record RecertificationViewModel(RecertificationInputModel Input, RulesOfBehaviorVersion Rules);
