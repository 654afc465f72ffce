using System.Collections.Frozen;
using MsixPortal.DataElements;

namespace MsixPortal.Features.Submissions.Format;

/// <summary>
/// The names a submission uses (docs/submissions/submission.xsd): element names for child rows, and
/// field names, which are the data-element catalogue's keys, so that the file, the validator and the
/// error report all speak the catalogue's language.
/// </summary>
public static class SubmissionFormat
{
    public const string XmlNamespace = "urn:msix-portal:submission:1";

    /// <summary>The child-row element of each repeating section, as in the XML and JSON formats.</summary>
    public static IReadOnlyDictionary<string, DataSection> RowSections { get; } =
        new Dictionary<string, DataSection>(StringComparer.Ordinal)
        {
            ["AlternateStateId"] = DataSection.AlternateId,
            ["QualifyingMove"] = DataSection.QualifyingMove,
            ["Enrollment"] = DataSection.Enrollment,
            ["Course"] = DataSection.Course,
            ["Assessment"] = DataSection.Assessment,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The JSON array of each repeating section under a student.</summary>
    public static IReadOnlyDictionary<string, DataSection> JsonRowArrays { get; } =
        new Dictionary<string, DataSection>(StringComparer.Ordinal)
        {
            ["alternateStateIds"] = DataSection.AlternateId,
            ["qualifyingMoves"] = DataSection.QualifyingMove,
            ["enrollments"] = DataSection.Enrollment,
            ["courses"] = DataSection.Course,
            ["assessments"] = DataSection.Assessment,
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Catalogue keys allowed directly under a student (section A, including the MSIX ID and reporting State).</summary>
    public static FrozenSet<string> StudentFields { get; } =
        DataElementCatalogue.BySection(DataSection.Demographic).Select(e => e.Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Catalogue keys allowed in a child row of a section.</summary>
    public static bool IsRowField(DataSection section, string key) =>
        RowFields[section].Contains(key);

    private static readonly FrozenDictionary<DataSection, FrozenSet<string>> RowFields =
        RowSections.Values.ToFrozenDictionary(
            s => s, s => DataElementCatalogue.BySection(s).Select(e => e.Key).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>JSON property names are the catalogue keys in camelCase ("firstName").</summary>
    public static string FromJsonName(string name) =>
        name.Length == 0 ? name : string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
}
