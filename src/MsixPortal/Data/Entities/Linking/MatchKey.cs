namespace MsixPortal.Data.Entities.Linking;

/// <summary>
/// A blocking key of one State record (e.g. phonetic first name + birth date): incoming records are
/// compared only with records that share a key. Kept in step with the State records on every apply.
/// </summary>
public class MatchKey
{
    public string Key { get; set; } = "";
    public long StateStudentRecordId { get; set; }
}
