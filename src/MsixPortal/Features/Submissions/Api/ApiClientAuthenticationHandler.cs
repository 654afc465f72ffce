using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Authorization;
using MsixPortal.Data;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// The API's own authentication scheme: a State system's client ID and secret (HTTP Basic), checked
/// against the stored hash; a revoked client is refused. The portal's cookie means nothing here, and
/// nothing here issues a cookie. Failures answer 401 with JSON, not the HTML status page.
/// </summary>
public sealed class ApiClientAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PortalDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "StateApiClient";

    /// <summary>The database ID of the authenticated API client.</summary>
    public const string ApiClientIdClaim = "msix:api-client";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!ApiClientCredentials.TryParse(Request.Headers.Authorization, out var clientId, out var secret))
        {
            return AuthenticateResult.NoResult();
        }
        var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, Context.RequestAborted);
        if (client is null || client.RevokedAt is not null || !ApiClientSecrets.Verify(secret, client.SecretHash))
        {
            return AuthenticateResult.Fail("Unknown or revoked API client, or wrong secret.");
        }
        Claim[] claims =
        [
            new(ApiClientIdClaim, client.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, client.ClientId),
            new(PortalClaimTypes.StateCode, client.StateCode),
        ];
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"MSIX submissions\", charset=\"UTF-8\"";
        await Response.WriteAsJsonAsync(new { error = "Send a valid, unrevoked API client ID and secret with HTTP Basic authentication." });
    }
}
