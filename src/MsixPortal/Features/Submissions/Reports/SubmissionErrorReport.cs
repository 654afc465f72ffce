using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Export.Csv;
using MsixPortal.Features.Records.Export.Excel;
using MsixPortal.Features.Submissions.Validation;

namespace MsixPortal.Features.Submissions.Reports;

/// <summary>The two formats of the error report.</summary>
public enum ErrorReportFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// A submission's problems as a downloadable report, drawn by the record export's CSV and Excel
/// renderers (formula-neutralised cells, UTF-8 with BOM, set column widths). The file name carries
/// only the submission's opaque ID.
/// </summary>
public static class SubmissionErrorReport
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly ExportColumn[] Columns =
    [
        new("Student position", ExportCellKind.WholeNumber),
        new("Record number", ExportCellKind.Text),
        new("State student ID", ExportCellKind.Text),
        new("Child row", ExportCellKind.Text),
        new("Sequence", ExportCellKind.Text),
        new("Element number", ExportCellKind.WholeNumber),
        new("Element name", ExportCellKind.Text),
        new("Problem", ExportCellKind.Text),
    ];

    public static string FileName(Guid id, ErrorReportFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"submission-{id:N}-errors.{Extension(format)}");

    public static string ContentType(ErrorReportFormat format) => format == ErrorReportFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Render(IReadOnlyList<SubmissionProblem> problems, ErrorReportFormat format, Stream output)
    {
        var table = new ExportTable("Submission errors", "errors", Columns, problems.Select(Row).ToList());
        if (format == ErrorReportFormat.Csv)
        {
            using var writer = new StreamWriter(output, Utf8WithBom, leaveOpen: true) { NewLine = "\r\n" };
            CsvZipRenderer.WriteTable(writer, table);
            return;
        }
        using var workbook = new XLWorkbook();
        ExcelRecordRenderer.AddSectionSheet(workbook, table);
        workbook.SaveAs(output);
    }

    private static object?[] Row(SubmissionProblem p) =>
    [
        p.Position, p.RecordNumber, p.StateStudentId, p.Section?.ToString(), p.Sequence, p.ElementNumber, p.ElementName, p.Problem,
    ];

    private static string Extension(ErrorReportFormat format) => format == ErrorReportFormat.Csv ? "csv" : "xlsx";
}
