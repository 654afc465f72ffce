namespace MsixPortal.Data.Entities.Submissions;

/// <summary>
/// One secret of an API client. Shown once when made; only its hash is stored. A client has at most
/// two active secrets, so a State can switch its system to a new one before revoking the old one.
/// </summary>
public class ApiClientSecret
{
    public long Id { get; set; }
    public long ApiClientId { get; set; }

    /// <summary>SHA-256 of the 256-bit random secret, lowercase hex (see ApiClientSecrets).</summary>
    public string SecretHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
