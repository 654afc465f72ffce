using ClosedXML.Excel;

namespace MsixPortal.Features.Records.Export.Excel;

/// <summary>
/// An .xlsx workbook: a notice sheet, then one sheet per section with a frozen, bold header row
/// and typed cells (dates as dates, credits and hours as numbers).
/// </summary>
public sealed class ExcelRecordRenderer : IRecordExportRenderer
{
    public const string NoticeSheetName = "Notice";

    public ExportFormat Format => ExportFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string Extension => "xlsx";

    public void Render(ExportDocument document, Stream output)
    {
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = "MSIX record " + document.MsixId;
        workbook.Properties.Comments = PiiNotice.Text;
        AddNoticeSheet(workbook, document);
        foreach (var section in document.Sections)
        {
            AddSectionSheet(workbook, section);
        }
        workbook.SaveAs(output);
    }

    private static void AddNoticeSheet(XLWorkbook workbook, ExportDocument document)
    {
        var sheet = workbook.Worksheets.Add(NoticeSheetName);
        sheet.Cell(1, 1).SetValue(PiiNotice.Text).Style.Font.SetBold();
        sheet.Cell(2, 1).SetValue("MSIX ID");
        sheet.Cell(2, 2).SetValue(document.MsixId);
        sheet.Cell(3, 1).SetValue("Exported (UTC)");
        sheet.Cell(3, 2).SetValue(document.GeneratedAtUtc).Style.DateFormat.Format = "yyyy-mm-dd hh:mm";
        sheet.Column(1).Width = 16;
        sheet.Column(2).Width = 20;
    }

    /// <summary>One table as a sheet (bold frozen header, typed cells, set widths); also used by the submission error report.</summary>
    internal static void AddSectionSheet(XLWorkbook workbook, ExportTable section)
    {
        var sheet = workbook.Worksheets.Add(SheetName(section.Title));
        for (var c = 0; c < section.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(section.Columns[c].Header);
        }
        sheet.Row(1).Style.Font.SetBold();
        for (var r = 0; r < section.Rows.Count; r++)
        {
            var row = section.Rows[r];
            for (var c = 0; c < section.Columns.Count; c++)
            {
                ExcelCellWriter.Write(sheet.Cell(r + 2, c + 1), row[c], section.Columns[c].Kind);
            }
        }
        sheet.SheetView.FreezeRows(1);
        SetWidths(sheet, section);
    }

    /// <summary>
    /// Column widths from the text lengths: ClosedXML's AdjustToContents needs System.Drawing's
    /// GDI+ and throws on Linux.
    /// </summary>
    private static void SetWidths(IXLWorksheet sheet, ExportTable section)
    {
        for (var c = 0; c < section.Columns.Count; c++)
        {
            var column = section.Columns[c];
            var longest = column.Header.Length;
            foreach (var row in section.Rows)
            {
                longest = Math.Max(longest, ExportCellText.Format(row[c], column.Kind).Length);
            }
            sheet.Column(c + 1).Width = Math.Clamp(longest + 2, 8, 60);
        }
    }

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var cleaned = new string(title.Where(ch => ch is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray());
        return cleaned.Length <= 31 ? cleaned : cleaned[..31];
    }
}
