namespace MsixPortal.Data.Entities.Accounts;

/// <summary>
/// One published text of the MSIX Rules of Behavior. The current version is the latest published;
/// users accept it when they apply, yearly, and again whenever a new version is published.
/// </summary>
public class RulesOfBehaviorVersion
{
    public int Id { get; set; }

    /// <summary>The version label users see, e.g. "2026.1".</summary>
    public string Version { get; set; } = "";

    public string Text { get; set; } = "";
    public DateTime PublishedAt { get; set; }
}
