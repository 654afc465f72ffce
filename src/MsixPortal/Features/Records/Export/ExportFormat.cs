namespace MsixPortal.Features.Records.Export;

/// <summary>The file formats a record can be exported in.</summary>
public enum ExportFormat
{
    Pdf,
    Xlsx,
    Csv,
}
