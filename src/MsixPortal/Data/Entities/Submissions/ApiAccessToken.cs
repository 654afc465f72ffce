namespace MsixPortal.Data.Entities.Submissions;

/// <summary>
/// A bearer token issued at the token endpoint (OAuth 2.0 client credentials). Only its hash is
/// stored; every API request looks it up, so revoking the client or the secret it was issued with
/// ends it at once.
/// </summary>
public class ApiAccessToken
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the 256-bit random token, lowercase hex.</summary>
    public string TokenHash { get; set; } = "";

    public long ApiClientId { get; set; }

    /// <summary>The secret the client authenticated with: revoking it ends the tokens it obtained.</summary>
    public long ApiClientSecretId { get; set; }

    /// <summary>Granted scopes, space-separated as in OAuth 2.0 (e.g. "submissions:write submissions:read").</summary>
    public string Scopes { get; set; } = "";

    public DateTime IssuedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
