using MsixPortal.Authorization;

namespace MsixPortal.Data.Entities.Submissions;

/// <summary>
/// A State system allowed to post submissions to the API. The secret is shown once when created;
/// only its hash is stored. A revoked client is refused from the next request on.
/// </summary>
public class ApiClient : IStateScoped
{
    public long Id { get; set; }

    /// <summary>Public identifier the State system sends with its secret.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>SHA-256 of the 256-bit random secret, lowercase hex (see ApiClientSecrets).</summary>
    public string SecretHash { get; set; } = "";

    public string StateCode { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }
    public Guid? RevokedByUserId { get; set; }

    string? IStateScoped.StateCode => StateCode;
}
