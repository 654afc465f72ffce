using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Submissions.Uploads;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// The submissions API for State systems: a bearer token of an API client of the State (never the
/// portal cookie), no antiforgery (no cookie to forge with), rate limited per client. Every error is
/// problem details (RFC 9457).
/// </summary>
[ApiController]
[Route("api/v1/submissions")]
[IgnoreAntiforgeryToken]
[ServiceFilter<SubmissionApiRateLimit>]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Tags("Submissions")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
public sealed class SubmissionsApiController(SubmissionService service, PortalDbContext db) : ControllerBase
{
    public const string Channel = "api";
    private const int MaxIdempotencyKeyLength = 100;
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;
    private static readonly string[] AcceptedTypes = ["application/xml", "text/xml", "application/json"];

    /// <summary>Submits a file (XML or JSON, as the Content-Type says) for the client's State.</summary>
    [HttpPost]
    [Authorize(Policy = Policies.ApiSubmissionsWrite)]
    [RequiredScope(ApiScopes.Write)]
    [SubmissionUploadLimits]
    [EndpointName("submitFile")]
    [EndpointSummary("Submit a State's file")]
    [EndpointDescription("The body is the submission file in the documented XML (application/xml or text/xml; schema at /api/v1/schemas/submission.xsd) or JSON (application/json; schema at /api/v1/schemas/submission.schema.json) format. 201: applied (valid students stored, invalid ones rejected and listed in errors). 200: a dry run (dryRun=true, nothing stored) or a replay (the same file or Idempotency-Key again: the first result, nothing changed). 422: the whole file was rejected (problem details with the result). The response holds the first page of errors; read the rest with getSubmission.")]
    [ProducesResponseType<SubmissionApiResult>(StatusCodes.Status201Created, "application/json")]
    [ProducesResponseType<SubmissionApiResult>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType, "application/problem+json")]
    [ProducesResponseType<SubmissionRejectedProblem>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<IActionResult> Submit(
        [FromHeader(Name = "Idempotency-Key"), StringLength(MaxIdempotencyKeyLength, MinimumLength = 1)] string? idempotencyKey,
        [FromQuery] bool dryRun, CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > MaxIdempotencyKeyLength || idempotencyKey.Any(c => c is < '!' or > '~')))
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid Idempotency-Key",
                detail: $"Idempotency-Key must be 1 to {MaxIdempotencyKeyLength} visible ASCII characters.");
        }
        // Checked here, not with [Consumes]: that constraint would answer 415 before authentication.
        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var type) || !AcceptedTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the file as application/xml, text/xml or application/json.");
        }
        var request = new SubmissionRequest(ClientState(), Channel, ApiClientId: ClaimedId(ApiClientAuthenticationHandler.ApiClientIdClaim),
            IdempotencyKey: idempotencyKey, DryRun: dryRun, ApiTokenId: ClaimedId(ApiClientAuthenticationHandler.ApiTokenIdClaim));
        var result = await service.SubmitAsync(request, Request.Body, cancellationToken: cancellationToken);
        return SubmissionApiAnswer.For(this, result, SubmissionApiResult.From(result, DefaultPageSize));
    }

    /// <summary>The status and result of a submission of the client's State, with one page of its errors.</summary>
    [HttpGet("{id:guid}")]
    [Authorize(Policy = Policies.ApiSubmissionsRead)]
    [RequiredScope(ApiScopes.Read)]
    [EndpointName("getSubmission")]
    [EndpointSummary("Read a submission's status, counts and errors")]
    [EndpointDescription("Errors are listed in file order, page by page (page from 1, pageSize up to 1000, default 100): each names the student's position, record number and State student ID, the child row, the element and the problem, in the words of the error report.")]
    [ProducesResponseType<SubmissionApiResult>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<IActionResult> Get(Guid id, [FromQuery, Range(1, int.MaxValue)] int page = 1,
        [FromQuery, Range(1, MaxPageSize)] int pageSize = DefaultPageSize, CancellationToken cancellationToken = default)
    {
        if (page < 1 || pageSize is < 1 or > MaxPageSize)
        {
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid page",
                detail: $"page starts at 1; pageSize is 1 to {MaxPageSize}.");
        }
        var state = ClientState();
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.PublicId == id && s.StateCode == state, cancellationToken);
        if (submission is null)
        {
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "No submission of your State has this ID.");
        }
        var total = await db.SubmissionErrors.CountAsync(e => e.SubmissionId == submission.Id, cancellationToken);
        var errors = await SubmissionErrors.LoadAsync(db, submission.Id, skip: (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue),
            take: pageSize, cancellationToken);
        return Ok(SubmissionApiResult.From(SubmissionResult.From(submission, replayed: false, []), errors,
            new SubmissionApiErrorPage(page, pageSize, total)));
    }

    private string ClientState() => User.FindFirst(PortalClaimTypes.StateCode)!.Value;

    private long ClaimedId(string claim) => long.Parse(User.FindFirst(claim)!.Value, CultureInfo.InvariantCulture);
}
