using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Submissions.Pages;
using MsixPortal.Features.Submissions.Uploads;

namespace MsixPortal.Features.Submissions;

/// <summary>
/// The upload page of State data administrators, the progress and result pages, and the State's
/// submission history. URLs carry opaque IDs only.
/// </summary>
[Authorize(Policy = Policies.SubmitStateData)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SubmissionsController(SubmissionUploads uploads, SubmissionJobs jobs, SubmissionQueries queries) : Controller
{
    // How often the progress page reloads itself (an HTTP Refresh header: no script, nothing inline).
    private const string RefreshSeconds = "2";

    [HttpGet("submissions")]
    public async Task<IActionResult> History(CancellationToken cancellationToken) =>
        View(await queries.HistoryAsync(User, cancellationToken));

    [HttpGet("submissions/upload")]
    public IActionResult Upload() => View(uploads.Form(User, null));

    [HttpPost("submissions/upload")]
    [SubmissionUploadLimits]
    public async Task<IActionResult> Upload(SubmissionUploadInputModel input, CancellationToken cancellationToken)
    {
        var start = await uploads.StartAsync(User, input, cancellationToken);
        if (start.Forbidden)
        {
            return Forbid();
        }
        return start.Job is { } job
            ? Redirect($"/submissions/uploads/{job.Id}")
            : View(uploads.Form(User, start.Problem));
    }

    [HttpGet("submissions/uploads/{jobId:guid}")]
    public IActionResult Progress(Guid jobId)
    {
        var job = FindJob(jobId);
        if (job is null)
        {
            return NotFound();
        }
        if (job.State == SubmissionJobState.Failed)
        {
            return View("Failed");
        }
        if (job.Result is not { } result)
        {
            Response.Headers["Refresh"] = RefreshSeconds;
            return View(new SubmissionProgressViewModel(job.Id, job.DryRun, job.State == SubmissionJobState.Waiting, job.StudentsRead));
        }
        if (!result.DryRun && !result.KeyConflict && result.PublicId is { } id)
        {
            return Redirect(result.Replayed ? $"/submissions/{id}?replayed=true" : $"/submissions/{id}");
        }
        return View("Result", new SubmissionResultViewModel(result, result.Problems.Count, null, job.StartedAt,
            $"/submissions/uploads/{job.Id}/errors"));
    }

    [HttpGet("submissions/{id:guid}")]
    public async Task<IActionResult> Show(Guid id, bool replayed, CancellationToken cancellationToken)
    {
        var access = await queries.FindAsync(id, User, cancellationToken);
        if (access.Submission is not { } submission)
        {
            return access.Forbidden ? Forbid() : NotFound();
        }
        return View("Result", await queries.ResultAsync(submission, replayed, cancellationToken));
    }

    private SubmissionJob? FindJob(Guid jobId) =>
        Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? jobs.Find(jobId, userId) : null;
}
