using System.ComponentModel.DataAnnotations;

namespace MsixPortal.Features.Records.Export;

/// <summary>What the export form posts: sections, demographic options, the purpose and the format.</summary>
public sealed class RecordExportInputModel : IValidatableObject
{
    [Display(Name = "Sections to include")]
    public List<RecordSection> Sections { get; set; } = [];

    [Display(Name = "Include parents' names and contact details")]
    public bool IncludeParents { get; set; }

    [Display(Name = "Include birth place (city, State, country)")]
    public bool IncludeBirthPlace { get; set; }

    [Display(Name = "Purpose of this export")]
    [Required(ErrorMessage = "Choose why you are exporting this record.")]
    public ExportPurpose? Purpose { get; set; }

    [Display(Name = "File format")]
    [Required(ErrorMessage = "Choose a file format.")]
    public ExportFormat? Format { get; set; } = ExportFormat.Pdf;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Sections.Count == 0)
        {
            yield return new ValidationResult("Choose at least one section to export.", [nameof(Sections)]);
        }
        if (Sections.Any(s => !Enum.IsDefined(s)))
        {
            yield return new ValidationResult("Choose sections from the list.", [nameof(Sections)]);
        }
        if (Purpose is { } purpose && !Enum.IsDefined(purpose))
        {
            yield return new ValidationResult("Choose a purpose from the list.", [nameof(Purpose)]);
        }
        if (Format is { } format && !Enum.IsDefined(format))
        {
            yield return new ValidationResult("Choose a file format from the list.", [nameof(Format)]);
        }
    }
}
