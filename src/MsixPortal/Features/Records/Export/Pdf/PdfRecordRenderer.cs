using PdfSharp.Pdf;

namespace MsixPortal.Features.Records.Export.Pdf;

/// <summary>
/// A PDF of the chosen sections (PDFsharp): MSIX ID and PII notice on every page, "Page X of Y",
/// tables that repeat their heading on each page; wide sections as blocks per row.
/// </summary>
public sealed class PdfRecordRenderer : IRecordExportRenderer
{
    /// <summary>Sections with more columns than this are drawn as blocks, not table rows.</summary>
    private const int MaxTableColumns = 14;

    public PdfRecordRenderer() => DejaVuFontResolver.EnsureRegistered();

    public ExportFormat Format => ExportFormat.Pdf;

    public string ContentType => "application/pdf";

    public string Extension => "pdf";

    public void Render(ExportDocument document, Stream output)
    {
        using var pdf = new PdfDocument();
        // Document properties name the record by MSIX ID only: never the child's name.
        pdf.Info.Title = "MSIX record " + document.MsixId;
        pdf.Info.Subject = PiiNotice.Text;
        pdf.Info.Creator = "MSIX Portal";
        using (var writer = new PdfPageWriter(pdf, document.MsixId, document.GeneratedAtUtc))
        {
            writer.NewPage();
            foreach (var section in document.Sections)
            {
                if (section.Columns.Count > MaxTableColumns)
                {
                    PdfBlockLayout.Draw(writer, section);
                }
                else
                {
                    PdfTableLayout.Draw(writer, section);
                }
            }
            writer.Finish();
        }
        pdf.Save(output, closeStream: false);
    }
}
