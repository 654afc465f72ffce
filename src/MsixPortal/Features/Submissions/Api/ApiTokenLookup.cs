using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// Finds the live grant behind a bearer token: the token unexpired, its client and the secret it was
/// obtained with unrevoked. Asked on every request and again before a submission commits.
/// </summary>
public sealed class ApiTokenLookup(PortalDbContext db, TimeProvider clock)
{
    public async Task<ApiGrant?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var hash = ApiClientSecrets.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await (
            from t in db.ApiAccessTokens
            where t.TokenHash == hash && t.ExpiresAt > now
            join c in db.ApiClients on t.ApiClientId equals c.Id
            join s in db.ApiClientSecrets on t.ApiClientSecretId equals s.Id
            where c.RevokedAt == null && s.RevokedAt == null
            select new ApiGrant(t.Id, c.Id, c.ClientId, c.StateCode, t.Scopes)).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Inside the submission's transaction, just before it commits: whether the token's client and secret
    /// are still unrevoked (expiry does not count: a token valid when the file arrived may outlive a long
    /// apply). Their rows are locked FOR SHARE, so a revocation either committed before (and is seen here:
    /// the submission rolls back) or waits until this submission has committed.
    /// </summary>
    public async Task<bool> StillValidAsync(long tokenId, CancellationToken cancellationToken)
    {
        var live = await db.Database.SqlQuery<long>($"""
            SELECT t.id AS "Value" FROM api_access_tokens t
            JOIN api_clients c ON c.id = t.api_client_id
            JOIN api_client_secrets s ON s.id = t.api_client_secret_id
            WHERE t.id = {tokenId} AND c.revoked_at IS NULL AND s.revoked_at IS NULL
            FOR SHARE OF c, s
            """).ToListAsync(cancellationToken);
        return live.Count == 1;
    }
}

/// <summary>Who a live bearer token speaks for.</summary>
public sealed record ApiGrant(long TokenId, long ClientDbId, string ClientId, string StateCode, string Scopes);
