using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Export.Csv;
using MsixPortal.Features.Records.Export.Excel;

namespace MsixPortal.Features.Reports;

/// <summary>The two export formats of a report.</summary>
public enum ReportFileFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// A report's table as CSV or Excel, drawn by the record export's renderers (formula-neutralised
/// cells, UTF-8 with BOM, typed cells, set column widths). The cells are the page's, so small cells
/// are suppressed in the file as on the screen. Excel adds a sheet saying what the file holds.
/// </summary>
public static class ReportExport
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static string FileName(IReport report, ReportQuery query, ReportFileFormat format) =>
        string.Create(CultureInfo.InvariantCulture,
            $"msix-{report.Slug}-{query.StateCode?.ToLowerInvariant() ?? "national"}-{query.Today:yyyyMMdd}.{Extension(format)}");

    public static string ContentType(ReportFileFormat format) => format == ReportFileFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Render(IReport report, ReportPageViewModel page, ReportFileFormat format, Stream output)
    {
        var tables = page.Result!.Tables.ToList();
        if (format == ReportFileFormat.Csv)
        {
            using var writer = new StreamWriter(output, Utf8WithBom, leaveOpen: true) { NewLine = "\r\n" };
            for (var i = 0; i < tables.Count; i++)
            {
                if (i > 0)
                {
                    // Further tables follow after an empty line, their title on a line of its own.
                    writer.WriteLine();
                    writer.WriteLine(ExportCellText.NeutraliseFormula(tables[i].Title));
                }
                CsvZipRenderer.WriteTable(writer, tables[i]);
            }
            return;
        }
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = report.Title;
        foreach (var table in tables)
        {
            ExcelRecordRenderer.AddSectionSheet(workbook, table);
        }
        ExcelRecordRenderer.AddSectionSheet(workbook, About(report, page));
        workbook.SaveAs(output);
    }

    private static ExportTable About(IReport report, ReportPageViewModel page)
    {
        var q = page.Query;
        var rows = new List<object?[]>
        {
            new object?[] { "Report", report.Title },
            new object?[] { "Scope", page.ScopeText },
            new object?[] { "Reporting period", q.PeriodLabel },
            new object?[] { "Date range", string.Create(CultureInfo.InvariantCulture, $"{q.From:yyyy-MM-dd} to {q.To:yyyy-MM-dd}") },
            new object?[] { "Made on (UTC)", q.Today },
        };
        rows.AddRange(page.Result!.Notes.Select(note => new object?[] { "Note", note }));
        return new ExportTable("About this report", "about",
            [new ExportColumn("Item", ExportCellKind.Text), new ExportColumn("Value", ExportCellKind.Text)], rows);
    }

    private static string Extension(ReportFileFormat format) => format == ReportFileFormat.Csv ? "csv" : "xlsx";
}
