using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using MsixPortal.Authorization;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// The API's own authentication scheme: a bearer token from the token endpoint (RFC 6750), looked up
/// on every request, so a revoked client or secret is refused at once. The portal's cookie means
/// nothing here, and nothing here issues a cookie. Failures answer 401 or 403 with problem details
/// and the WWW-Authenticate header of RFC 6750 §3, not the HTML status page.
/// </summary>
public sealed class ApiClientAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiTokenLookup lookup)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "StateApiClient";

    /// <summary>The database ID of the authenticated API client.</summary>
    public const string ApiClientIdClaim = "msix:api-client";

    /// <summary>The database ID of the bearer token the request carries.</summary>
    public const string ApiTokenIdClaim = "msix:api-token";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(header.Parameter))
        {
            return AuthenticateResult.NoResult();
        }
        if (await lookup.FindAsync(header.Parameter, Context.RequestAborted) is not { } grant)
        {
            return AuthenticateResult.Fail("Unknown or expired token, or its client or secret was revoked.");
        }
        List<Claim> claims =
        [
            new(ApiClientIdClaim, grant.ClientDbId.ToString(CultureInfo.InvariantCulture)),
            new(ApiTokenIdClaim, grant.TokenId.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, grant.ClientId),
            new(PortalClaimTypes.StateCode, grant.StateCode),
        ];
        claims.AddRange(grant.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(ApiScopes.Claim, s)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var sentToken = Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        return WriteProblemAsync(StatusCodes.Status401Unauthorized,
            sentToken ? "Bearer realm=\"MSIX submissions\", error=\"invalid_token\"" : "Bearer realm=\"MSIX submissions\"",
            "Authentication required",
            $"Send a bearer token from {OAuthTokenController.Path} (it lasts an hour; a revoked client's or secret's tokens stop at once).");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var needed = Context.GetEndpoint()?.Metadata.GetMetadata<RequiredScopeAttribute>()?.Scope ?? ApiScopes.Write;
        return WriteProblemAsync(StatusCodes.Status403Forbidden,
            $"Bearer realm=\"MSIX submissions\", error=\"insufficient_scope\", scope=\"{needed}\"",
            "Insufficient scope", $"This operation needs a token with scope {needed}.");
    }

    private async Task WriteProblemAsync(int status, string challenge, string title, string detail)
    {
        if (Context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
        Response.StatusCode = status;
        Response.Headers.WWWAuthenticate = challenge;
        await Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail },
            (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}

/// <summary>The scope an API action needs, for the 403 challenge to name it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiredScopeAttribute(string scope) : Attribute
{
    public string Scope { get; } = scope;
}
