using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.Account.Apply;

/// <summary>
/// What the public application form posts. Only these fields bind: status, granted role, reviewer
/// and the like are not here, so posting them changes nothing (security.md 21).
/// </summary>
public sealed class ApplyInputModel
{
    [Required(ErrorMessage = "Enter your full name.")]
    [StringLength(100)]
    [Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Enter your work email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    [Display(Name = "Work email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your work phone number.")]
    [Phone(ErrorMessage = "Enter a valid phone number.")]
    [StringLength(30)]
    [Display(Name = "Work phone")]
    public string Phone { get; set; } = "";

    [Required(ErrorMessage = "Enter your job title.")]
    [StringLength(100)]
    [Display(Name = "Job title")]
    public string JobTitle { get; set; } = "";

    [Required(ErrorMessage = "Choose your State.")]
    [StringLength(2)]
    [Display(Name = "State")]
    public string StateCode { get; set; } = "";

    [Required(ErrorMessage = "Enter your district or MEP project.")]
    [StringLength(200)]
    [Display(Name = "District or MEP project")]
    public string Organization { get; set; } = "";

    [Required(ErrorMessage = "Choose the role you need.")]
    [StringLength(50)]
    [Display(Name = "Role you need")]
    public string RequestedRole { get; set; } = "";

    [Required(ErrorMessage = "Enter your supervisor's name.")]
    [StringLength(100)]
    [Display(Name = "Supervisor's name")]
    public string SupervisorName { get; set; } = "";

    [Required(ErrorMessage = "Enter your supervisor's work email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address for your supervisor.")]
    [StringLength(256)]
    [Display(Name = "Supervisor's work email")]
    public string SupervisorEmail { get; set; } = "";

    [Required(ErrorMessage = "Enter the date you completed cybersecurity training.")]
    [Display(Name = "Cybersecurity training completed on")]
    public DateOnly? TrainingCompletedOn { get; set; }

    /// <summary>The Rules of Behavior version the applicant was shown (it may change while they type).</summary>
    public int RulesOfBehaviorVersionId { get; set; }

    [Display(Name = "I have read and accept the Rules of Behavior")]
    public bool AcceptRulesOfBehavior { get; set; }
}
