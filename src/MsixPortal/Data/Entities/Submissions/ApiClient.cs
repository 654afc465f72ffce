using MsixPortal.Authorization;

namespace MsixPortal.Data.Entities.Submissions;

/// <summary>
/// A State system allowed to use the submissions API. It authenticates with one of its secrets
/// (at most two active, for rotation) at the token endpoint and then sends bearer tokens. A revoked
/// client is refused at once: its tokens stop working and a submission in flight does not commit.
/// </summary>
public class ApiClient : IStateScoped
{
    public long Id { get; set; }

    /// <summary>Public identifier the State system sends with its secret.</summary>
    public string ClientId { get; set; } = "";

    public string StateCode { get; set; } = "";
    public string Name { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public Guid? CreatedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }
    public Guid? RevokedByUserId { get; set; }

    public List<ApiClientSecret> Secrets { get; set; } = [];

    string? IStateScoped.StateCode => StateCode;
}
