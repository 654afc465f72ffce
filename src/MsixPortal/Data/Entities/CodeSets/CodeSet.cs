namespace MsixPortal.Data.Entities.CodeSets;

/// <summary>
/// A list of allowed codes for a data element (e.g. grade level). Code sets are data, seeded by
/// migrations, so a wrong or outdated code can be corrected without changing the program.
/// </summary>
public class CodeSet
{
    /// <summary>Key, one of <c>CodeSetNames</c> (e.g. "grade_level").</summary>
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>How sure we are of the list: C confirmed, S secondary source, I inferred, U unverified.</summary>
    public string Certainty { get; set; } = "";

    public List<CodeSetValue> Values { get; set; } = [];
}
