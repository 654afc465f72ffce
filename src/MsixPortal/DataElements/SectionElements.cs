namespace MsixPortal.DataElements;

/// <summary>
/// Builds the catalogue entries of one section, all stored on one entity, so that each entry in
/// the section files reads as one short line.
/// </summary>
internal sealed class SectionElements(DataSection section, Type entity)
{
    public DataElement Text(int? number, string label, string definition, string property, int maxLength,
        bool required = false, string? key = null) =>
        Create(number, label, definition, DataType.Text, property, key) with { MaxLength = maxLength, Required = required };

    public DataElement Code(int? number, string label, string definition, string property, int maxLength,
        string codeSet, bool required = false, string? key = null) =>
        Create(number, label, definition, DataType.Code, property, key) with
        {
            MaxLength = maxLength, CodeSet = codeSet, Required = required,
        };

    public DataElement YesNo(int number, string label, string definition, string property) =>
        Create(number, label, definition, DataType.YesNo, property, null) with { CodeSet = Data.CodeSets.CodeSetNames.YesNo };

    /// <summary>A date, month/year, year or integer: typed values with no length.</summary>
    public DataElement Value(int number, string label, string definition, DataType type, string property,
        bool required = false) =>
        Create(number, label, definition, type, property, null) with { Required = required };

    public DataElement Email(int number, string label, string definition, string property) =>
        Create(number, label, definition, DataType.Email, property, null) with { MaxLength = 50 };

    public DataElement Phone(int number, string label, string definition, string property) =>
        Create(number, label, definition, DataType.Phone, property, null) with { MaxLength = 10 };

    public DataElement Decimal(int number, string label, string definition, string property, int precision, int scale) =>
        Create(number, label, definition, DataType.Decimal, property, null) with { Precision = precision, Scale = scale };

    private DataElement Create(int? number, string label, string definition, DataType type, string property, string? key) =>
        new(key ?? property, number, label, definition, section, type, entity, property);
}
