using System.ComponentModel.DataAnnotations;
using MsixPortal.Data.Entities.Workflows;

namespace MsixPortal.Features.MoveNotices;

/// <summary>What the move-notice form posts. The child is the record the form was opened from (route).</summary>
public sealed class MoveNoticeInputModel
{
    [Display(Name = "Kind of notice")]
    public MoveNoticeKind Kind { get; set; } = MoveNoticeKind.MovingTo;

    [Required(ErrorMessage = "Choose the State.")]
    [StringLength(2, MinimumLength = 2, ErrorMessage = "Choose the State.")]
    [Display(Name = "State")]
    public string? StateCode { get; set; }

    [StringLength(100)]
    [Display(Name = "School district (optional)")]
    public string? District { get; set; }

    [StringLength(100)]
    [Display(Name = "City (optional)")]
    public string? City { get; set; }

    [StringLength(100)]
    [Display(Name = "School (optional)")]
    public string? School { get; set; }

    [Required(ErrorMessage = "Enter the move date.")]
    [Display(Name = "Move date")]
    public DateOnly? MoveDate { get; set; }

    [Display(Name = "The move date is expected (the child has not moved yet)")]
    public bool MoveDateIsExpected { get; set; }

    [StringLength(1000)]
    [Display(Name = "Comments (optional)")]
    public string? Comments { get; set; }

    [Required(ErrorMessage = "Enter how the receiving State can reach you.")]
    [StringLength(200)]
    [Display(Name = "Your contact (name, phone or email)")]
    public string? SenderContact { get; set; }
}

/// <summary>POST /move-notices/{id}/outcome: the outcome (from the query or form) and an optional comment for the sender.</summary>
public sealed class MoveNoticeOutcomeInputModel
{
    [StringLength(1000, ErrorMessage = "Keep the comment to 1,000 characters.")]
    [Display(Name = "Comment for the sender (optional)")]
    public string? Comment { get; set; }
}
