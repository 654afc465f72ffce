namespace MsixPortal.Data.Entities.CodeSets;

/// <summary>One allowed code of a code set, with the label users see.</summary>
public class CodeSetValue
{
    /// <summary>The code set's name (column <c>code_set</c>).</summary>
    public string CodeSet { get; set; } = "";

    /// <summary>The value as States send it and the portal stores it (e.g. "KG", "01", "TX").</summary>
    public string Code { get; set; } = "";

    public string Label { get; set; } = "";

    public int SortOrder { get; set; }

    /// <summary>Set-specific extra, e.g. a country's ISO alpha-3 code or a State's kind (state, territory).</summary>
    public string? Extra { get; set; }
}
