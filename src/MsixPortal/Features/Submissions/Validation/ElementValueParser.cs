using System.Globalization;
using MsixPortal.Data.CodeSets;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Submissions.Validation;

/// <summary>
/// Turns one element's text into the value its catalogue type says, or explains what is wrong
/// (without repeating the value).
/// </summary>
public sealed class ElementValueParser(CodeSetLookup codeSets)
{
    public (object? Value, string? Problem) Parse(DataElement element, string text)
    {
        if (element.MaxLength is { } max && text.Length > max && element.Type is not (DataType.Date or DataType.MonthYear))
        {
            return (null, $"is longer than {max} characters");
        }
        if (HasControlCharacter(text))
        {
            return (null, "contains control characters");
        }
        return element.Type switch
        {
            DataType.Text => (text, null),
            DataType.Code => Code(element.CodeSet!, text),
            DataType.YesNo => Code(CodeSetNames.YesNo, text) is ({ } yesNo, null) ? ((string)yesNo == "Yes", null) : (null, "must be Yes or No"),
            DataType.Date => DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? (date, null) : (null, "is not a real date written as YYYYMMDD"),
            DataType.MonthYear => DateOnly.TryParseExact("01" + text, "ddMMyyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                ? (month, null) : (null, "is not a month and year written as MMYYYY"),
            DataType.Year => text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1900
                ? (year, null) : (null, "is not a year written as YYYY"),
            DataType.Integer => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number <= 100_000
                ? (number, null) : (null, "is not a whole number from 0 to 100000"),
            DataType.Decimal => Decimal(element, text),
            DataType.Email => IsEmail(text) ? (text, null) : (null, "is not an e-mail address"),
            DataType.Phone => text.Length == 10 && text.All(char.IsAsciiDigit) ? (text, null) : (null, "is not a ten-digit telephone number"),
            _ => (null, "has a type the portal cannot read"),
        };
    }

    private (object?, string?) Code(string codeSet, string text) =>
        codeSets.Canonical(codeSet, text) is { } code ? (code, null) : (null, $"is not a code of the {codeSet} code set; {codeSets.ValidCodes(codeSet)}");

    private static (object?, string?) Decimal(DataElement element, string text)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (null, "is not a decimal number such as 1.50");
        }
        var scale = element.Scale ?? 0;
        var integerDigits = (element.Precision ?? 18) - scale;
        if (decimal.Round(value, scale) != value || value >= (decimal)Math.Pow(10, integerDigits))
        {
            return (null, string.Create(CultureInfo.InvariantCulture,
                $"does not fit {integerDigits} digits before and {scale} after the decimal point"));
        }
        return (value, null);
    }

    /// <summary>The same characters as <see cref="char.IsControl(char)"/> (C0, DEL and C1), searched vectorised.</summary>
    private static bool HasControlCharacter(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') >= 0 || text.AsSpan().IndexOfAnyInRange('\u007F', '\u009F') >= 0;

    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1
            && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace);
    }
}
