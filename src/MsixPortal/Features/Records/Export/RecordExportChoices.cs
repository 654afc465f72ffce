namespace MsixPortal.Features.Records.Export;

/// <summary>The validated choices of an export request.</summary>
public sealed record RecordExportChoices(
    IReadOnlySet<RecordSection> Sections,
    bool IncludeParents,
    bool IncludeBirthPlace,
    ExportPurpose Purpose,
    ExportFormat Format)
{
    public static RecordExportChoices From(RecordExportInputModel input) => new(
        input.Sections.ToHashSet(),
        input.IncludeParents,
        input.IncludeBirthPlace,
        input.Purpose ?? throw new InvalidOperationException("Validate the input first."),
        input.Format ?? throw new InvalidOperationException("Validate the input first."));
}
