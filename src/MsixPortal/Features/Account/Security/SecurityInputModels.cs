using System.ComponentModel.DataAnnotations;

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

public sealed class ChangePasswordInputModel : ReauthenticationInputModel
{
    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    [StringLength(1024)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the new password again.")]
    [DataType(DataType.Password)]
    [Display(Name = "Type it again")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [StringLength(1024)]
    public string ConfirmPassword { get; set; } = "";
}
