namespace MsixPortal.Data.Entities.Accounts;

/// <summary>
/// A single-use emailed link (activation or password reset). Only a hash of the token is stored,
/// so a copy of the database cannot be turned into working links.
/// </summary>
public class AccountToken
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public AccountTokenPurpose Purpose { get; set; }

    /// <summary>SHA-256 of the token, hex.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
