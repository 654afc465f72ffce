using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.Account.Passwords;

/// <summary>A new password, typed twice, for a single-use link (activation or reset) named by <see cref="Token"/>.</summary>
public sealed class NewPasswordInputModel
{
    [Required]
    public string Token { get; set; } = "";

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
