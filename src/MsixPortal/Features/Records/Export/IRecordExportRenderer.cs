namespace MsixPortal.Features.Records.Export;

/// <summary>Writes an <see cref="ExportDocument"/> in one file format. Knows nothing of the database.</summary>
public interface IRecordExportRenderer
{
    ExportFormat Format { get; }

    string ContentType { get; }

    /// <summary>The file name extension, without the dot.</summary>
    string Extension { get; }

    void Render(ExportDocument document, Stream output);
}
