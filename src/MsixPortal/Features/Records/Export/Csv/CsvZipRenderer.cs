using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace MsixPortal.Features.Records.Export.Csv;

/// <summary>
/// A zip with one RFC 4180 CSV file per section (UTF-8 with a byte order mark, so that
/// spreadsheet programs keep accents), plus the PII notice as a text file.
/// </summary>
public sealed class CsvZipRenderer : IRecordExportRenderer
{
    public const string NoticeFileName = "PII-NOTICE.txt";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public ExportFormat Format => ExportFormat.Csv;

    public string ContentType => "application/zip";

    public string Extension => "zip";

    public void Render(ExportDocument document, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        WriteEntry(zip, NoticeFileName, writer =>
        {
            writer.WriteLine(PiiNotice.Text);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"MSIX ID {document.MsixId}, exported {document.GeneratedAtUtc:yyyy-MM-dd HH:mm} UTC."));
        });
        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            var name = string.Create(CultureInfo.InvariantCulture, $"{i + 1:00}-{section.FileStem}.csv");
            WriteEntry(zip, name, writer => WriteTable(writer, section));
        }
    }

    private static void WriteEntry(ZipArchive zip, string name, Action<StreamWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), Utf8WithBom) { NewLine = "\r\n" };
        write(writer);
    }

    /// <summary>One table as RFC 4180 rows (header first), cells formula-neutralised; also used by the submission error report.</summary>
    internal static void WriteTable(StreamWriter writer, ExportTable table)
    {
        WriteRow(writer, table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows)
        {
            WriteRow(writer, row.Select((value, i) => Cell(value, table.Columns[i].Kind)));
        }
    }

    private static string Cell(object? value, ExportCellKind kind)
    {
        var text = ExportCellText.Format(value, kind);
        return value is string ? ExportCellText.NeutraliseFormula(text) : text;
    }

    private static void WriteRow(StreamWriter writer, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }
            first = false;
            WriteQuoted(writer, cell);
        }
        writer.WriteLine();
    }

    private static void WriteQuoted(StreamWriter writer, string cell)
    {
        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(cell);
            return;
        }
        writer.Write('"');
        writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
