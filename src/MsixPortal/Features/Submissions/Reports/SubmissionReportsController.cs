using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Submissions.Pages;
using MsixPortal.Features.Submissions.Uploads;
using MsixPortal.Features.Submissions.Validation;

namespace MsixPortal.Features.Submissions.Reports;

/// <summary>
/// The error report of a stored submission, or of a dry run still held by its upload job, as CSV or
/// xlsx: an attachment, never cached, named by the opaque ID only, and audited.
/// </summary>
[Authorize(Policy = Policies.SubmitStateData)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SubmissionReportsController(SubmissionQueries queries, SubmissionJobs jobs, PortalDbContext db, AuditTrail audit) : Controller
{
    [HttpGet("submissions/{id:guid}/errors.{format}")]
    public async Task<IActionResult> Stored(Guid id, ErrorReportFormat format, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return NotFound();
        }
        var access = await queries.FindAsync(id, User, cancellationToken);
        if (access.Submission is not { } submission)
        {
            return access.Forbidden ? Forbid() : NotFound();
        }
        var problems = await SubmissionErrors.LoadAsync(db, submission.Id, cancellationToken);
        return await ReportAsync(id, format, problems, cancellationToken);
    }

    [HttpGet("submissions/uploads/{jobId:guid}/errors.{format}")]
    public async Task<IActionResult> DryRun(Guid jobId, ErrorReportFormat format, CancellationToken cancellationToken)
    {
        var userId = Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        if (!ModelState.IsValid || jobs.Find(jobId, userId)?.Result is not { } result)
        {
            return NotFound();
        }
        return await ReportAsync(jobId, format, result.Problems, cancellationToken);
    }

    private async Task<IActionResult> ReportAsync(Guid id, ErrorReportFormat format, IReadOnlyList<SubmissionProblem> problems,
        CancellationToken cancellationToken)
    {
        await audit.RecordAsync(AuditActions.SubmissionErrorReportDownloaded, "submission", id.ToString(),
            format.ToString(), cancellationToken: cancellationToken);
        var output = new MemoryStream();
        SubmissionErrorReport.Render(problems, format, output);
        output.Position = 0;
        return File(output, SubmissionErrorReport.ContentType(format), SubmissionErrorReport.FileName(id, format));
    }
}
