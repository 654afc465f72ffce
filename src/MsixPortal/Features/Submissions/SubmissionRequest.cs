namespace MsixPortal.Features.Submissions;

/// <summary>
/// Who submits, how, and whether only to try (a dry run stores nothing). <see cref="ApiTokenId"/>: the
/// bearer token of an API submission, checked again before the submission commits.
/// </summary>
public sealed record SubmissionRequest(
    string StateCode,
    string Channel,
    Guid? UserId = null,
    long? ApiClientId = null,
    string? IdempotencyKey = null,
    bool DryRun = false,
    long? ApiTokenId = null);
