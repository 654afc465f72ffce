using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.Account.SignIn;

public sealed class SignInInputModel
{
    [Required(ErrorMessage = "Enter your work email.")]
    [Display(Name = "Work email")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [StringLength(1024)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class AuthenticatorCodeInputModel
{
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [Display(Name = "Authentication code")]
    [StringLength(12)]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeInputModel
{
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [Display(Name = "Recovery code")]
    [StringLength(40)]
    public string RecoveryCode { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
