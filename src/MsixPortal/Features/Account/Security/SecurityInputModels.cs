using System.ComponentModel.DataAnnotations;
using MsixPortal.Features.Account.Passwords;

namespace MsixPortal.Features.Account.Security;

/// <summary>Both factors again, for a change to the account's credentials.</summary>
public class ReauthenticationInputModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    [StringLength(1024)]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [Display(Name = "Code from your authenticator app")]
    [StringLength(12)]
    public string Code { get; set; } = "";
}

/// <summary>Both factors, and the new password (posted as New.Password and New.ConfirmPassword).</summary>
public sealed class ChangePasswordInputModel : ReauthenticationInputModel
{
    public NewPasswordFields New { get; set; } = new();
}
