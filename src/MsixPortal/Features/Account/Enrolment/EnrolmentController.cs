using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Sessions;

namespace MsixPortal.Features.Account.Enrolment;

/// <summary>
/// Authenticator enrolment: QR code and typed key, confirmed by a code, then the recovery codes,
/// shown once. Until it is done the gate sends every other request here.
/// </summary>
[Authorize(Policy = AccountPolicies.SignedInBeforeMfa)]
[Route("account/enrol")]
public class EnrolmentController(
    UserManager<PortalUser> userManager,
    AuthenticatorEnrolment enrolment,
    UserSessions userSessions,
    SessionSignIn sessions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (await EnrollingUserAsync() is not { } user)
        {
            return Redirect("/account");
        }
        return View(await ViewModelAsync(user, new EnrolmentInputModel()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(EnrolmentInputModel input)
    {
        if (await EnrollingUserAsync() is not { } user)
        {
            return Redirect("/account");
        }
        var codes = ModelState.IsValid ? await enrolment.ConfirmAsync(user, input.Code, HttpContext.RequestAborted) : null;
        if (codes is null)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(input.Code), "That code does not match. Enter the 6-digit code your app shows now.");
            return View(await ViewModelAsync(user, new EnrolmentInputModel()));
        }
        // A session opened elsewhere before enrolment (with the password alone) must not go on to
        // enrol its own key over this one: every session ends and the stamp changes; this browser
        // gets a new, full session.
        await userSessions.EndAllAsync(user, HttpContext.RequestAborted);
        await sessions.RefreshWithMfaAsync(user);
        return View(RecoveryCodesView.Path, new RecoveryCodesView(codes, Renewed: false));
    }

    /// <summary>
    /// The signed-in user if they still have to enrol (no amr=mfa yet, and no authenticator: one is
    /// only replaced after re-authentication, which removes it first), otherwise null.
    /// </summary>
    private async Task<PortalUser?> EnrollingUserAsync() =>
        User.HasClaim(PortalClaimTypes.AuthenticationMethod, PortalClaimTypes.MultiFactor)
            ? null
            : await userManager.GetUserAsync(User) is { ProtectedAuthenticatorKey: null } user ? user : null;

    private async Task<EnrolmentViewModel> ViewModelAsync(PortalUser user, EnrolmentInputModel input)
    {
        var key = await enrolment.PendingKeyAsync(user, HttpContext.RequestAborted);
        return new EnrolmentViewModel(input, QrCodeImage.PngDataUri(key.OtpAuthUri), FormatKey(key.Base32Key));
    }

    /// <summary>Groups of four characters are easier to type into an app.</summary>
    private static string FormatKey(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4)))));
}

public sealed class EnrolmentInputModel
{
    [Required(ErrorMessage = "Enter the 6-digit code your app shows.")]
    [Display(Name = "Code from your app")]
    [StringLength(12)]
    public string Code { get; set; } = "";
}

public sealed record EnrolmentViewModel(EnrolmentInputModel Input, string QrCodeDataUri, string TypedKey);
