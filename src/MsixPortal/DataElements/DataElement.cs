namespace MsixPortal.DataElements;

/// <summary>
/// One Minimum Data Element (or a file-only item such as the submitting State) as the portal knows
/// it: the official name, what it means, how it is typed and where it is stored.
/// </summary>
/// <param name="Key">Stable identifier, unique in the catalogue (e.g. "FirstName", "StateCode").</param>
/// <param name="Number">The official MDE number (1–80), or null for file-only items.</param>
/// <param name="Label">The official name, used for labels, validation messages and export headers.</param>
/// <param name="Definition">A short plain-language definition, for help text.</param>
/// <param name="Section">Where the element belongs.</param>
/// <param name="Type">How the value is written and shown.</param>
/// <param name="Entity">The entity class that stores the element.</param>
/// <param name="Property">The property of <paramref name="Entity"/> that stores the element.</param>
public sealed record DataElement(
    string Key,
    int? Number,
    string Label,
    string Definition,
    DataSection Section,
    DataType Type,
    Type Entity,
    string Property)
{
    /// <summary>Maximum number of characters of a text value; null for non-text elements.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The code set (see <c>CodeSetNames</c>) the value must come from, if any.</summary>
    public string? CodeSet { get; init; }

    /// <summary>Whether a State must send the element for every row of its section.</summary>
    public bool Required { get; init; }

    /// <summary>Total digits of a <see cref="DataType.Decimal"/> value.</summary>
    public int? Precision { get; init; }

    /// <summary>Digits after the decimal point of a <see cref="DataType.Decimal"/> value.</summary>
    public int? Scale { get; init; }

    /// <summary>1-based column position in CSV/Excel/PDF exports (catalogue order).</summary>
    public int ExportOrder { get; init; }

    /// <summary>"MDE 4 First Name", or just the label for file-only items.</summary>
    public string DisplayName => Number is { } n
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"MDE {n} {Label}")
        : Label;
}
