using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.Reports;

/// <summary>
/// The filters of a report page (query string, GET): State (national users only; State users always
/// get their own), reporting period (the school year starting 1 September of <see cref="Period"/>)
/// and a date range. No child's data: safe in a URL.
/// </summary>
public sealed class ReportFilterInputModel : IValidatableObject
{
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "Choose a State from the list.")]
    [Display(Name = "State")]
    public string? State { get; set; }

    [Range(2000, 2100, ErrorMessage = "Choose a reporting period from the list.")]
    [Display(Name = "Reporting period")]
    public int? Period { get; set; }

    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From is { } from && To is { } to && from > to)
        {
            yield return new ValidationResult("The start date must be on or before the end date.", [nameof(From)]);
        }
        if (From is { } start && To is { } end && end.DayNumber - start.DayNumber > 366 * 5)
        {
            yield return new ValidationResult("Choose a date range of at most five years.", [nameof(To)]);
        }
    }
}
