using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.Audit;

/// <summary>The audit page's filters, sent as a GET query: dates, an action name and a user ID only (no PII).</summary>
public sealed class AuditLogFilterInputModel : IValidatableObject
{
    [Display(Name = "From (UTC date)")]
    public DateOnly? From { get; set; }

    [Display(Name = "To (UTC date)")]
    public DateOnly? To { get; set; }

    [Display(Name = "Action")]
    public string? Action { get; set; }

    [Display(Name = "User ID")]
    public Guid? UserId { get; set; }

    [Range(1, 100_000)]
    public int Page { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (From > To)
        {
            yield return new ValidationResult("The start date must not be after the end date.", [nameof(From)]);
        }
        if (!string.IsNullOrEmpty(Action) && !AuditActions.All.Contains(Action, StringComparer.Ordinal))
        {
            yield return new ValidationResult("Choose an action from the list.", [nameof(Action)]);
        }
    }
}
