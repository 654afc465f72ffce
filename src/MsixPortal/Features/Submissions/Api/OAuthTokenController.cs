using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// The token endpoint of the submissions API (OAuth 2.0 client credentials, RFC 6749 §4.4). The client
/// authenticates with HTTP Basic (RFC 6749 §2.3.1) or client_id and client_secret in the form. Failed
/// requests are audited and, past Submissions:TokenFailuresPerMinute from one address, answered 429.
/// </summary>
[ApiController]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Tags("OAuth 2.0")]
public sealed class OAuthTokenController(ApiTokenService tokens, TokenFailureLimiter failures) : ControllerBase
{
    public const string Path = "/api/v1/oauth/token";

    [HttpPost("api/v1/oauth/token")]
    [Consumes("application/x-www-form-urlencoded")]
    [EndpointName("requestToken")]
    [EndpointSummary("Get a bearer token")]
    [EndpointDescription("OAuth 2.0 client credentials grant (RFC 6749 §4.4). Authenticate with HTTP Basic (client ID as user name, secret as password), or send client_id and client_secret in the form. The token lasts at most an hour (expires_in, seconds). scope: submissions:write, submissions:read or both, space-separated; without it both are granted.")]
    [ProducesResponseType<TokenResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<TokenError>(StatusCodes.Status400BadRequest, "application/json")]
    [ProducesResponseType<TokenError>(StatusCodes.Status401Unauthorized, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public async Task<IActionResult> Token([FromForm] TokenRequest request, CancellationToken cancellationToken)
    {
        var address = TokenFailureLimiter.AddressOf(HttpContext);
        if (failures.IsBlocked(address))
        {
            Response.Headers.RetryAfter = "60";
            return Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed token requests",
                detail: "Too many failed token requests from this address. Try again in a minute.");
        }
        var (clientId, secret) = ApiClientCredentials.TryParse(Request.Headers.Authorization, out var id, out var basicSecret)
            ? (id, basicSecret)
            : (request.ClientId, request.ClientSecret);
        var outcome = await tokens.IssueAsync(request.GrantType, clientId, secret, request.Scope, cancellationToken);
        if (outcome.Token is { } token)
        {
            return Ok(token);
        }
        failures.RecordFailure(address);
        if (outcome.StatusCode == StatusCodes.Status401Unauthorized)
        {
            Response.Headers.WWWAuthenticate = "Basic realm=\"MSIX submissions\", charset=\"UTF-8\"";
        }
        return StatusCode(outcome.StatusCode, outcome.Error);
    }
}

/// <summary>The token request's form fields (RFC 6749 §4.4.2 and §2.3.1).</summary>
public sealed class TokenRequest
{
    /// <summary>Always client_credentials.</summary>
    [FromForm(Name = "grant_type")]
    public string? GrantType { get; set; }

    /// <summary>Space-separated scopes: submissions:write, submissions:read.</summary>
    [FromForm(Name = "scope")]
    public string? Scope { get; set; }

    /// <summary>The client ID, when not sent with HTTP Basic.</summary>
    [FromForm(Name = "client_id")]
    public string? ClientId { get; set; }

    /// <summary>The client secret, when not sent with HTTP Basic.</summary>
    [FromForm(Name = "client_secret")]
    public string? ClientSecret { get; set; }
}
