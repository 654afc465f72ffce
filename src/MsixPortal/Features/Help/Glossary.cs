using System.Globalization;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Help;

/// <summary>The glossary of data elements, read from the data-element catalogue (never a copy of it).</summary>
public static class Glossary
{
    public static IReadOnlyList<(string Heading, IReadOnlyList<DataElement> Elements)> Sections { get; } =
        Enum.GetValues<DataSection>()
            .Select(section => (Heading(section), DataElementCatalogue.BySection(section)))
            .Where(s => s.Item2.Count > 0)
            .ToList();

    public static string Anchor(DataElement element) => element.Number is { } number
        ? string.Create(CultureInfo.InvariantCulture, $"mde-{number}")
        : $"element-{element.Key.ToLowerInvariant()}";

    /// <summary>How a value is written, in words a user understands.</summary>
    public static string Format(DataElement element) => element.Type switch
    {
        DataType.Date => "Date",
        DataType.Code => $"Code from the {element.CodeSet} list",
        DataType.YesNo => "Yes or no",
        DataType.MonthYear => "Month and year",
        DataType.Year => "Year (four digits)",
        DataType.Email => "Email address",
        DataType.Phone => "Telephone number (ten digits)",
        DataType.Integer => "Whole number",
        DataType.Decimal => "Number",
        _ when element.MaxLength is { } length => string.Create(CultureInfo.InvariantCulture, $"Text, up to {length} characters"),
        _ => element.Type.ToString(),
    };

    private static string Heading(DataSection section) => section switch
    {
        DataSection.Demographic => "Child and parents",
        DataSection.AlternateId => "Other identifiers",
        DataSection.QualifyingMove => "Qualifying moves and eligibility",
        DataSection.Enrollment => "School enrollments",
        DataSection.Course => "Secondary courses",
        DataSection.Assessment => "Assessments",
        _ => section.ToString(),
    };
}
