using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using MsixPortal.Authorization;
using MsixPortal.Features.Submissions.Format;
using MsixPortal.Features.Submissions.Pages;

namespace MsixPortal.Features.Submissions.Uploads;

/// <summary>The outcome of posting the upload form: a started job, or a message for the form.</summary>
public sealed record UploadStart(SubmissionJob? Job, string? Problem, bool Forbidden = false);

/// <summary>
/// The upload page's entrance to <see cref="SubmissionService"/>: the State is the user's own, the
/// file is streamed to a temporary file (never held in memory) and handed to a background job.
/// </summary>
public sealed class SubmissionUploads(SubmissionJobs jobs, IAuthorizationService authorization, IOptions<SubmissionSettings> options)
{
    public const string Channel = "upload";

    public async Task<UploadStart> StartAsync(ClaimsPrincipal user, SubmissionUploadInputModel input, CancellationToken cancellationToken)
    {
        var state = user.FindFirstValue(PortalClaimTypes.StateCode);
        if (string.IsNullOrEmpty(state) || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return new UploadStart(null, NoStateMessage);
        }
        if (!(await authorization.AuthorizeAsync(user, new SubmittingState(state), Policies.SameState)).Succeeded)
        {
            return new UploadStart(null, null, Forbidden: true);
        }
        if (input.File is not { Length: > 0 } file)
        {
            return new UploadStart(null, "Choose an XML or JSON file to upload.");
        }
        StagedFile staged;
        try
        {
            await using var upload = file.OpenReadStream();
            staged = await StagedFile.CreateAsync(upload, options.Value.MaxFileBytes, cancellationToken);
        }
        catch (SubmissionFileException e)
        {
            return new UploadStart(null, e.Message);
        }
        var request = new SubmissionRequest(state, Channel, UserId: userId, DryRun: input.IsDryRun);
        return new UploadStart(jobs.Start(request, userId, staged), null);
    }

    /// <summary>The upload form for <paramref name="user"/>, with a message about the last attempt.</summary>
    public SubmissionUploadViewModel Form(ClaimsPrincipal user, string? problem) =>
        new(user.FindFirstValue(PortalClaimTypes.StateCode), problem, Math.Max(1, options.Value.MaxFileBytes / (1024 * 1024)),
            options.Value.MaxStudents);

    public const string NoStateMessage =
        "Files are submitted for one State by that State's data administrators. Your account has no State.";
}
