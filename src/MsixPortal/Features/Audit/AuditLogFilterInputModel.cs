using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace MsixPortal.Features.Audit;

/// <summary>
/// The audit page's filters, sent as a GET query: dates, an action, a State and a user ID (an email
/// typed in the form is turned into the ID by a POST, so that no email lands in a URL or access log).
/// </summary>
public sealed class AuditLogFilterInputModel : IValidatableObject
{
    [Display(Name = "From (UTC date)")]
    public DateOnly? From { get; set; }

    [Display(Name = "To (UTC date)")]
    public DateOnly? To { get; set; }

    [Display(Name = "Action")]
    public string? Action { get; set; }

    [Display(Name = "State")]
    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "Choose a State from the list.")]
    public string? State { get; set; }

    public Guid? UserId { get; set; }

    [Display(Name = "User's email")]
    [EmailAddress(ErrorMessage = "Enter the user's email address, such as name@agency.gov.")]
    [StringLength(256)]
    public string? Email { get; set; }

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

    /// <summary>
    /// The page (or an export) with these filters as a GET query, never the email. Built by hand, not by
    /// routing: MVC reads a route value named "action" as the action's name and would drop the filter.
    /// </summary>
    public string Url(string path, int? page = null) => QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
    {
        ["From"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["To"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Action"] = Action,
        ["State"] = State,
        ["UserId"] = UserId?.ToString(),
        ["Page"] = page?.ToString(CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
