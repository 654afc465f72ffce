namespace MsixPortal.Data.Entities.Search;

/// <summary>
/// The denormalised search keys of one State record, kept in step with state_student_records by
/// statement-level triggers (see the StudentSearch migration and docs/decisions/0003-search-keys.md).
/// Read-only for the application: never written through EF.
/// </summary>
public class SearchKey
{
    public long StateStudentRecordId { get; set; }
    public long ConsolidatedStudentId { get; set; }
    public string StateCode { get; set; } = "";

    /// <summary>Upper case, letters and digits only.</summary>
    public string StateStudentId { get; set; } = "";

    public string Sex { get; set; } = "";
    public DateOnly BirthDate { get; set; }

    /// <summary>First and middle name, normalised (lower case, no accents, words separated by one space).</summary>
    public string FirstName { get; set; } = "";

    /// <summary>Both surnames, normalised.</summary>
    public string LastName { get; set; } = "";

    /// <summary>Sound code of the whole first name, words joined (Liz-et and Lissete: lst).</summary>
    public string FirstCode { get; set; } = "";

    /// <summary>Sound code of both surnames joined.</summary>
    public string LastCode { get; set; } = "";

    /// <summary>Words of the first and middle names and their joined form.</summary>
    public string[] FirstWords { get; set; } = [];

    /// <summary>The formal names that the first and middle names are nicknames of.</summary>
    public string[] FormalNames { get; set; } = [];

    /// <summary>Surname words without particles, plus each surname and both surnames joined.</summary>
    public string[] LastWords { get; set; } = [];

    public string[] ParentWords { get; set; } = [];

    /// <summary>Sound codes tagged by role: f (first/middle), l (surname), p (parent).</summary>
    public string[] SoundKeys { get; set; } = [];
}
