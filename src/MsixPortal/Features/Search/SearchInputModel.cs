using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace MsixPortal.Features.Search;

/// <summary>What the search form posts. Everything stays as typed so that errors keep it.</summary>
public sealed class SearchInputModel : IValidatableObject
{
    private static readonly string[] BirthDateFormats =
        ["MM/dd/yyyy", "M/d/yyyy", "MM-dd-yyyy", "M-d-yyyy", "yyyy-MM-dd", "MMddyyyy"];

    [Display(Name = "First name")]
    [StringLength(50)]
    public string? FirstName { get; set; }

    [Display(Name = "Last name(s)")]
    [StringLength(100)]
    public string? LastName { get; set; }

    [Display(Name = "Birth date")]
    [StringLength(10)]
    public string? BirthDate { get; set; }

    // Every field has a length limit (issue 17): criteria are kept server-side while results are paged.
    [Display(Name = "Sex")]
    [StringLength(20)]
    public string? Sex { get; set; }

    [Display(Name = "State")]
    [StringLength(5)]
    public string? StateCode { get; set; }

    [Display(Name = "MSIX ID")]
    [StringLength(20)]
    public string? MsixId { get; set; }

    [Display(Name = "State student ID")]
    [StringLength(15)]
    public string? StateStudentId { get; set; }

    [Display(Name = "Middle name")]
    [StringLength(50)]
    public string? MiddleName { get; set; }

    [Display(Name = "Parent or guardian name")]
    [StringLength(100)]
    public string? ParentName { get; set; }

    [Display(Name = "Birth city")]
    [StringLength(30)]
    public string? BirthCity { get; set; }

    [Display(Name = "Birth State")]
    [StringLength(5)]
    public string? BirthState { get; set; }

    [Display(Name = "Birth country")]
    [StringLength(10)]
    public string? BirthCountry { get; set; }

    [Display(Name = "School or project name")]
    [StringLength(100)]
    public string? SchoolName { get; set; }

    [Display(Name = "Multiple birth (twin, triplet …)")]
    [StringLength(20)]
    public string? MultipleBirth { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(BirthDate) && ParseBirthDate(BirthDate) is null)
        {
            yield return new ValidationResult("Enter the birth date as MM/DD/YYYY, for example 04/28/2015.", [nameof(BirthDate)]);
        }
        if (!string.IsNullOrWhiteSpace(MsixId) && !Data.MsixIds.MsixId.IsValid(MsixId.Trim()))
        {
            yield return new ValidationResult("Check the MSIX ID: it has 12 digits, as shown on the record.", [nameof(MsixId)]);
        }
        if (!ToCriteria().HasAnchor)
        {
            yield return new ValidationResult(
                "Enter at least a first name, a last name, a birth date, a parent's name, an MSIX ID, a State student ID or a school or project name.",
                [nameof(FirstName)]);
        }
    }

    public SearchCriteria ToCriteria() => new()
    {
        FirstName = Clean(FirstName),
        MiddleName = Clean(MiddleName),
        LastName = Clean(LastName),
        BirthDate = BirthDate is null ? null : ParseBirthDate(BirthDate),
        Sex = Clean(Sex),
        StateCode = Clean(StateCode),
        MsixId = Clean(MsixId),
        StateStudentId = Clean(StateStudentId),
        ParentName = Clean(ParentName),
        BirthCity = Clean(BirthCity),
        BirthState = Clean(BirthState),
        BirthCountry = Clean(BirthCountry),
        SchoolName = Clean(SchoolName),
        MultipleBirth = MultipleBirth switch { "yes" => true, "no" => false, _ => null },
    };

    public static SearchInputModel From(SearchCriteria criteria) => new()
    {
        FirstName = criteria.FirstName,
        MiddleName = criteria.MiddleName,
        LastName = criteria.LastName,
        BirthDate = criteria.BirthDate?.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
        Sex = criteria.Sex,
        StateCode = criteria.StateCode,
        MsixId = criteria.MsixId,
        StateStudentId = criteria.StateStudentId,
        ParentName = criteria.ParentName,
        BirthCity = criteria.BirthCity,
        BirthState = criteria.BirthState,
        BirthCountry = criteria.BirthCountry,
        SchoolName = criteria.SchoolName,
        MultipleBirth = criteria.MultipleBirth switch { true => "yes", false => "no", null => null },
    };

    private static DateOnly? ParseBirthDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), BirthDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
