using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Submissions.Uploads;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// The submissions API for State systems: authenticated by an API client of the State (HTTP Basic,
/// never the portal cookie), no antiforgery (no cookie to forge with), rate limited per client.
/// </summary>
[ApiController]
[Route("api/v1/submissions")]
[Authorize(Policy = Policies.StateApiClient)]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(SubmissionApiRateLimit.Policy)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Produces("application/json")]
public sealed class SubmissionsApiController(SubmissionService service, PortalDbContext db) : ControllerBase
{
    public const string Channel = "api";
    private const int MaxIdempotencyKeyLength = 100;
    private static readonly string[] AcceptedTypes = ["application/xml", "text/xml", "application/json"];

    /// <summary>Submits a file (XML or JSON, as the Content-Type says) for the client's State.</summary>
    /// <remarks>Re-sending the same file, or the same Idempotency-Key, returns the first result and changes nothing.</remarks>
    [HttpPost]
    [SubmissionUploadLimits]
    [EndpointSummary("Submit a State's file")]
    [EndpointDescription("HTTP Basic authentication with the API client ID and secret. The body is the submission file in the documented XML (Content-Type application/xml or text/xml) or JSON (application/json) format. Idempotency-Key (optional, up to 100 characters): re-sending it returns the first result. dryRun=true checks and reports, storing nothing.")]
    [ProducesResponseType<SubmissionApiResult>(StatusCodes.Status201Created)]
    [ProducesResponseType<SubmissionApiResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<SubmissionApiResult>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<SubmissionApiResult>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    [ProducesResponseType(StatusCodes.Status415UnsupportedMediaType)]
    [ProducesResponseType(StatusCodes.Status429TooManyRequests)]
    public async Task<IActionResult> Submit([FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, [FromQuery] bool dryRun,
        CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > MaxIdempotencyKeyLength || idempotencyKey.Any(c => c is < '!' or > '~')))
        {
            return BadRequest(new { error = $"Idempotency-Key must be 1 to {MaxIdempotencyKeyLength} visible ASCII characters." });
        }
        // Checked here, not with [Consumes]: that constraint would answer 415 before authentication.
        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var type) || !AcceptedTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return StatusCode(StatusCodes.Status415UnsupportedMediaType, new { error = "Send the file as application/xml, text/xml or application/json." });
        }
        var request = new SubmissionRequest(ClientState(), Channel, ApiClientId: ClientId(), IdempotencyKey: idempotencyKey, DryRun: dryRun);
        var result = await service.SubmitAsync(request, Request.Body, cancellationToken: cancellationToken);
        var body = SubmissionApiResult.From(result);
        return result switch
        {
            { KeyConflict: true } => Conflict(body),
            { PublicId: null, DryRun: false } => StatusCode(StatusCodes.Status413PayloadTooLarge, body),
            { PublicId: { } id, Replayed: false, DryRun: false } => Created($"/api/v1/submissions/{id}", body),
            _ => Ok(body),
        };
    }

    /// <summary>The status and result of a submission of the client's State.</summary>
    [HttpGet("{id:guid}")]
    [EndpointSummary("Read a submission's status and result")]
    [ProducesResponseType<SubmissionApiResult>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType(StatusCodes.Status401Unauthorized)]
    public async Task<IActionResult> Get(Guid id, CancellationToken cancellationToken)
    {
        var state = ClientState();
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.PublicId == id && s.StateCode == state, cancellationToken);
        if (submission is null)
        {
            return NotFound(new { error = "No submission of your State has this ID." });
        }
        return Ok(SubmissionApiResult.From(submission, await SubmissionErrors.LoadAsync(db, submission.Id, cancellationToken)));
    }

    private string ClientState() => User.FindFirst(PortalClaimTypes.StateCode)!.Value;

    private long ClientId() =>
        long.Parse(User.FindFirst(ApiClientAuthenticationHandler.ApiClientIdClaim)!.Value, CultureInfo.InvariantCulture);
}
