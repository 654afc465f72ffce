using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Submissions;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// OAuth 2.0 client credentials grant (RFC 6749 §4.4): an unrevoked client authenticated with one of
/// its active secrets gets a bearer token for the scopes it asks for. Every answer is audited; a
/// refusal names the client ID it claimed (never the secret).
/// </summary>
public sealed class ApiTokenService(PortalDbContext db, AuditTrail audit, TimeProvider clock, IOptions<SubmissionSettings> options)
{
    public async Task<TokenOutcome> IssueAsync(string? grantType, string? clientId, string? secret, string? scope,
        CancellationToken cancellationToken)
    {
        if (grantType != "client_credentials")
        {
            return await RefuseAsync(null, clientId, TokenOutcome.Failure("unsupported_grant_type",
                "Only the client_credentials grant is supported."), cancellationToken);
        }
        var client = string.IsNullOrEmpty(clientId) ? null : await db.ApiClients.AsNoTracking()
            .Include(c => c.Secrets.Where(s => s.RevokedAt == null))
            .FirstOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        var usedSecret = client is { RevokedAt: null } && !string.IsNullOrEmpty(secret)
            ? client.Secrets.FirstOrDefault(s => ApiClientSecrets.Verify(secret, s.SecretHash))
            : null;
        if (client is null || usedSecret is null)
        {
            return await RefuseAsync(client, clientId, TokenOutcome.Failure("invalid_client",
                "Unknown or revoked client, or wrong secret.", StatusCodes.Status401Unauthorized), cancellationToken);
        }
        if (ApiScopes.Grant(scope) is not { } scopes)
        {
            return await RefuseAsync(client, clientId, TokenOutcome.Failure("invalid_scope",
                $"Ask for {ApiScopes.Write}, {ApiScopes.Read} or both (space-separated)."), cancellationToken);
        }
        return await IssueAsync(client, usedSecret, scopes, cancellationToken);
    }

    private async Task<TokenOutcome> IssueAsync(ApiClient client, ApiClientSecret secret, IReadOnlyList<string> scopes,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = options.Value.ApiTokenLifetime;
        var token = ApiClientSecrets.NewRandomValue();
        var granted = string.Join(' ', scopes);
        // Expired tokens are useless: each new one clears its client's old ones.
        await db.ApiAccessTokens.Where(t => t.ApiClientId == client.Id && t.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        db.ApiAccessTokens.Add(new ApiAccessToken
        {
            TokenHash = ApiClientSecrets.Hash(token),
            ApiClientId = client.Id,
            ApiClientSecretId = secret.Id,
            Scopes = granted,
            IssuedAt = now,
            ExpiresAt = now + lifetime,
        });
        db.Add(audit.Create(AuditActions.ApiTokenIssued, "api-client", client.ClientId, detail: granted, stateCode: client.StateCode));
        await db.SaveChangesAsync(cancellationToken);
        return new TokenOutcome(new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds, granted), null, StatusCodes.Status200OK);
    }

    private async Task<TokenOutcome> RefuseAsync(ApiClient? client, string? claimedClientId, TokenOutcome outcome,
        CancellationToken cancellationToken)
    {
        var target = client?.ClientId ?? Truncate(claimedClientId);
        db.Add(audit.Create(AuditActions.ApiTokenRefused, "api-client", target, detail: outcome.Error!.Error, stateCode: client?.StateCode));
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    /// <summary>An unknown client ID is kept for the audit trail, but never more than a real one's length.</summary>
    private static string? Truncate(string? value) => value is { Length: > 40 } ? value[..40] : value;
}

/// <summary>A successful token response (RFC 6749 §5.1).</summary>
public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn,
    [property: System.Text.Json.Serialization.JsonPropertyName("scope")] string Scope);

/// <summary>A token error response (RFC 6749 §5.2).</summary>
public sealed record TokenError(
    [property: System.Text.Json.Serialization.JsonPropertyName("error")] string Error,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_description")] string ErrorDescription);

/// <summary>What a token request came to: a token, or an error with its HTTP status.</summary>
public sealed record TokenOutcome(TokenResponse? Token, TokenError? Error, int StatusCode)
{
    public static TokenOutcome Failure(string error, string description, int statusCode = StatusCodes.Status400BadRequest) =>
        new(null, new TokenError(error, description), statusCode);
}
