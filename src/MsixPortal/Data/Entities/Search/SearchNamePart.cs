namespace MsixPortal.Data.Entities.Search;

/// <summary>
/// A cache of the words and sound codes of each distinct name string, so that building the keys of
/// a million records computes the (costly) normalisation once per distinct name, not per record.
/// Filled by the search_add_name_parts SQL function; emptied when the nickname list changes.
/// </summary>
public class SearchNamePart
{
    public string Raw { get; set; } = "";
    public string Normalized { get; set; } = "";

    /// <summary>The sound code of all the words joined (ranks whole-name sound-alikes above one-word ones).</summary>
    public string Code { get; set; } = "";

    public string[] Words { get; set; } = [];

    /// <summary>The formal names that the words are nicknames of (chuy -> jesus).</summary>
    public string[] FormalNames { get; set; } = [];

    public string[] FirstKeys { get; set; } = [];
    public string[] LastKeys { get; set; } = [];
    public string[] ParentKeys { get; set; } = [];
}
