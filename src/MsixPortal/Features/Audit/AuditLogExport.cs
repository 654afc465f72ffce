using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Export.Csv;
using MsixPortal.Features.Records.Export.Excel;

namespace MsixPortal.Features.Audit;

/// <summary>
/// The filtered audit trail as CSV or Excel, drawn by the record export's renderers (formula-neutralised
/// cells, UTF-8 with BOM, set column widths), with the same words as the page.
/// </summary>
public static class AuditLogExport
{
    private static readonly ExportColumn[] Columns =
    [
        new("Time (UTC)", ExportCellKind.Text), new("Action", ExportCellKind.Text), new("Action code", ExportCellKind.Text),
        new("User", ExportCellKind.Text), new("Roles", ExportCellKind.Text), new("State", ExportCellKind.Text),
        new("Target", ExportCellKind.Text), new("Detail", ExportCellKind.Text), new("Client IP", ExportCellKind.Text),
    ];

    public static string FileName(string format, DateTimeOffset now) =>
        string.Create(CultureInfo.InvariantCulture, $"msix-audit-trail-{now:yyyyMMdd-HHmm}.{format}");

    public static string ContentType(string format) => format == "csv"
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Render(IReadOnlyList<AuditLogRow> rows, string format, Stream output)
    {
        var table = new ExportTable("Audit trail", "audit-trail", Columns,
            [.. rows.Select(r => new object?[]
            {
                AuditLogService.Time(r.OccurredAt), r.ActionName, r.Action, r.UserEmail ?? r.UserId?.ToString(), r.UserRoles,
                r.StateCode, r.Target, r.Detail, r.ClientIp,
            })]);
        if (format == "csv")
        {
            using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
            CsvZipRenderer.WriteTable(writer, table);
            return;
        }
        using var workbook = new XLWorkbook();
        workbook.Properties.Title = "MSIX Portal audit trail";
        ExcelRecordRenderer.AddSectionSheet(workbook, table);
        workbook.SaveAs(output);
    }
}
