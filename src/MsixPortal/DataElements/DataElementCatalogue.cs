using System.Collections.Frozen;

namespace MsixPortal.DataElements;

/// <summary>
/// The one list of data elements (MDEs 1–80 plus file-only items) that the model configuration,
/// validation, record views and exports read. Order is export order: section by section, then by
/// MDE number within a section, as in the upload file.
/// </summary>
public static class DataElementCatalogue
{
    /// <summary>Every element in export order; <see cref="DataElement.ExportOrder"/> is its 1-based position.</summary>
    public static IReadOnlyList<DataElement> All { get; } =
        DemographicElements.All()
            .Concat(AlternateIdElements.All())
            .Concat(QualifyingMoveElements.All())
            .Concat(EnrollmentElements.All())
            .Concat(CourseElements.All())
            .Concat(AssessmentElements.All())
            .Select((element, index) => element with { ExportOrder = index + 1 })
            .ToArray();

    private static readonly FrozenDictionary<int, DataElement> Numbered =
        All.Where(e => e.Number is not null).ToFrozenDictionary(e => e.Number!.Value);

    private static readonly FrozenDictionary<string, DataElement> Keyed =
        All.ToFrozenDictionary(e => e.Key, StringComparer.Ordinal);

    private static readonly FrozenDictionary<(Type, string), DataElement> Mapped =
        All.ToFrozenDictionary(e => (e.Entity, e.Property));

    /// <summary>The elements of one section, in export order.</summary>
    public static IReadOnlyList<DataElement> BySection(DataSection section) =>
        All.Where(e => e.Section == section).ToArray();

    /// <summary>The elements stored on one entity type, in export order.</summary>
    public static IReadOnlyList<DataElement> ForEntity(Type entity) =>
        All.Where(e => e.Entity == entity).ToArray();

    /// <summary>The element an entity property stores, or null if the property is not a data element.</summary>
    public static DataElement? ForProperty(Type entity, string property) =>
        Mapped.GetValueOrDefault((entity, property));

    /// <summary>The element with an official MDE number; throws for an unknown number.</summary>
    public static DataElement ByNumber(int number) =>
        Numbered.TryGetValue(number, out var element)
            ? element
            : throw new KeyNotFoundException($"No data element has MDE number {number}.");

    /// <summary>The element with a key such as "FirstName" or "StateCode"; throws for an unknown key.</summary>
    public static DataElement ByKey(string key) =>
        Keyed.TryGetValue(key, out var element)
            ? element
            : throw new KeyNotFoundException($"No data element has key '{key}'.");
}
