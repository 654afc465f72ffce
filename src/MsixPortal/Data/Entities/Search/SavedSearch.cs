namespace MsixPortal.Data.Entities.Search;

/// <summary>
/// Search criteria kept server-side for a short time under an opaque ID, so that result pages can
/// be paged without ever putting names or birth dates in a URL. Stored in the database (not in
/// process memory) because several app instances serve one user behind a load balancer.
/// </summary>
public class SavedSearch
{
    public Guid Id { get; set; }

    /// <summary>Only the user who searched may read the results.</summary>
    public Guid OwnerUserId { get; set; }

    /// <summary>The criteria as JSON, encrypted with Data Protection (PII: never logged, deleted by housekeeping after <see cref="ExpiresAt"/>).</summary>
    public string Criteria { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
