using Microsoft.AspNetCore.Mvc;
using MsixPortal.Data.Entities.Submissions;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// The HTTP answer to a submission: 201 only when a file was applied now (some students may be
/// rejected), 200 for a dry run or a replay of an applied file, 422 problem details when the whole file
/// was rejected (now, in a dry run or before), 409 for an idempotency key used with another file, 413
/// for a file over the limit, 401 when the client or secret was revoked while the file was applied.
/// </summary>
public static class SubmissionApiAnswer
{
    public static IActionResult For(ControllerBase controller, SubmissionResult result, SubmissionApiResult body) => result switch
    {
        { CredentialsRevoked: true } => controller.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Credentials revoked",
            detail: "The API client or its secret was revoked while the file was applied. Nothing was stored."),
        { KeyConflict: true } => controller.Problem(statusCode: StatusCodes.Status409Conflict, title: "Idempotency-Key conflict",
            detail: $"This Idempotency-Key was used for another file (submission {result.PublicId}). Nothing was done."),
        { PublicId: null, DryRun: false } => controller.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large",
            detail: result.FileProblem),
        { Status: SubmissionStatus.Rejected } => Rejected(body),
        { PublicId: { } id, Replayed: false, DryRun: false } => controller.Created($"/api/v1/submissions/{id}", body),
        _ => controller.Ok(body),
    };

    private static ObjectResult Rejected(SubmissionApiResult body) => new(new SubmissionRejectedProblem
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = "File rejected",
        Detail = body.FileProblem ?? "The whole file was rejected; see errors.",
        Submission = body,
    })
    { StatusCode = StatusCodes.Status422UnprocessableEntity, ContentTypes = { "application/problem+json" } };
}
