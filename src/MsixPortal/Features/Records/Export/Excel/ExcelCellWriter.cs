using ClosedXML.Excel;

namespace MsixPortal.Features.Records.Export.Excel;

/// <summary>Writes one typed cell: dates as Excel dates, numbers as numbers, text as neutralised text.</summary>
internal static class ExcelCellWriter
{
    public static void Write(IXLCell cell, object? value, ExportCellKind kind)
    {
        switch (value)
        {
            case null:
                return;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = kind == ExportCellKind.MonthYear ? "mm/yyyy" : "yyyy-mm-dd";
                return;
            case decimal number:
                cell.SetValue(number);
                cell.Style.NumberFormat.Format = "0.00";
                return;
            case int number:
                cell.SetValue(number);
                cell.Style.NumberFormat.Format = "0";
                return;
            default:
                // Text stays text: set as a string and typed Text, so Excel never evaluates it.
                cell.SetValue(ExportCellText.NeutraliseFormula(ExportCellText.Format(value, kind)));
                cell.DataType = XLDataType.Text;
                return;
        }
    }
}
