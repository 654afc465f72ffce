namespace MsixPortal.Data.Entities.Accounts;

/// <summary>
/// One of a user's ten one-time recovery codes, stored only as a hash (dotnet/aspnetcore#5815:
/// Identity keeps them in plain text). A used code keeps its row with <see cref="UsedAt"/> set.
/// </summary>
public class RecoveryCode
{
    public long Id { get; set; }
    public Guid UserId { get; set; }

    /// <summary>SHA-256 of the normalised code, hex. Codes are random (80 bits), so no salt is needed.</summary>
    public string CodeHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
