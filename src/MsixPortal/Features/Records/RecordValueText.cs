using System.Globalization;
using MsixPortal.Data.CodeSets;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Records;

/// <summary>Turns element values into the text people read: code labels, Yes/No, U.S. dates.</summary>
public sealed class RecordValueText(CodeLabelLookup labels)
{
    public const string DateFormat = "MM/dd/yyyy";

    /// <summary>Display text of <paramref name="element"/>'s value on <paramref name="entity"/>, or null if empty.</summary>
    public string? Of(DataElement element, object entity) => Format(element, RecordElementValues.Get(element, entity));

    public string? Format(DataElement element, object? value) => value switch
    {
        null => null,
        DateOnly date when element.Type == DataType.MonthYear => date.ToString("MM/yyyy", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString(DateFormat, CultureInfo.InvariantCulture),
        bool flag => flag ? "Yes" : "No",
        decimal number => number.ToString("0.00", CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        string code when element.CodeSet is { } set => CodeText(set, code),
        string text => text,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>"Texas (TX)"; just the label when it is the code itself; the bare code when unknown.</summary>
    public string CodeText(string codeSet, string code)
    {
        var label = labels.Label(codeSet, code);
        if (label is null || string.Equals(label, code, StringComparison.OrdinalIgnoreCase))
        {
            return label ?? code;
        }
        return $"{label} ({code})";
    }

    public static string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Date(DateTime moment) => moment.ToString(DateFormat, CultureInfo.InvariantCulture);
}
