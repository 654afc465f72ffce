using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.Reports.ChildCount;

/// <summary>A State's own child count for a reporting period, as its data administrator enters it; posted twice (to confirm).</summary>
public sealed class StateChildCountInputModel
{
    [Required(ErrorMessage = "Choose a reporting period.")]
    [Range(2000, 2100, ErrorMessage = "Choose a reporting period from the list.")]
    public int? Period { get; set; }

    [Required(ErrorMessage = "Enter your State's category 1 count (a whole number, 0 or more).")]
    [Range(0, 10_000_000, ErrorMessage = "Enter your State's category 1 count as a whole number from 0 to 10,000,000.")]
    [Display(Name = "Category 1 (eligible children)")]
    public int? Category1 { get; set; }

    [Required(ErrorMessage = "Enter your State's category 2 count (a whole number, 0 or more).")]
    [Range(0, 10_000_000, ErrorMessage = "Enter your State's category 2 count as a whole number from 0 to 10,000,000.")]
    [Display(Name = "Category 2 (summer/intersession)")]
    public int? Category2 { get; set; }

    /// <summary>False: show what would be recorded; true: record it.</summary>
    public bool Confirm { get; set; }
}
