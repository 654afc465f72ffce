namespace MsixPortal.Data.Entities.Search;

/// <summary>
/// A common nickname and the formal first name it stands for (Chuy = Jesús), kept as data so the
/// list can grow without a release. Both are stored normalised (lower case, no accents).
/// </summary>
public class NameNickname
{
    public string Nickname { get; set; } = "";
    public string FormalName { get; set; } = "";
}
