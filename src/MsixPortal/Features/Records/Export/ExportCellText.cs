using System.Globalization;

namespace MsixPortal.Features.Records.Export;

/// <summary>Culture-invariant text for export cells, for the renderers that write text (PDF, CSV).</summary>
public static class ExportCellText
{
    public static string Format(object? value, ExportCellKind kind) => value switch
    {
        null => "",
        DateOnly date when kind == ExportCellKind.MonthYear => date.ToString("MM/yyyy", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.00", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        string text => text,
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Neutralises text a spreadsheet could read as a formula (OWASP CSV injection): a cell that
    /// starts with = + - @ tab, carriage return or NUL gets a leading apostrophe.
    /// </summary>
    public static string NeutraliseFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\0' ? "'" + text : text;
}
