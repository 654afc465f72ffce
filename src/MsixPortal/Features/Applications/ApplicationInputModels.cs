using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.Applications;

/// <summary>Approval binds only the role to grant (it may differ from the requested one); nothing else (mass assignment).</summary>
public sealed class ApplicationApproveInputModel
{
    [Required]
    public string Role { get; set; } = "";
}

/// <summary>The reason is emailed to the applicant.</summary>
public sealed class ApplicationRejectInputModel
{
    [Required(ErrorMessage = "Give the applicant a reason.")]
    [StringLength(1000)]
    public string Reason { get; set; } = "";
}
