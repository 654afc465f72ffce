using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MsixPortal.Authorization;
using MsixPortal.Features.Records.AccessLog;
using MsixPortal.Features.Records.Export;
using MsixPortal.Features.Records.Page;

namespace MsixPortal.Features.Records;

/// <summary>The consolidated student record: page, print log, exports and access log. The URL holds only the MSIX ID.</summary>
[Route("records/{msixId}")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class RecordsController(
    RecordPageService pages, RecordExportService exports, RecordAccessLogService accessLog) : Controller
{
    public const string ExportPrefix = "Export";

    [HttpGet("")]
    [Authorize(Policy = Policies.ViewRecords)]
    public async Task<IActionResult> Show(string msixId, CancellationToken cancellationToken)
    {
        // A merged-away MSIX ID keeps working: it leads to its master, which says where it came from.
        return await pages.ViewAsync(msixId, User, cancellationToken) switch
        {
            { MergedAway: { } merged } => Redirect($"/records/{merged.MsixId}?mergedFrom={merged.RequestedMsixId}"),
            { Page: { } page } => View(page),
            _ => NotFound(),
        };
    }

    [HttpPost("export")]
    [Authorize(Policy = Policies.ExportRecords)]
    [EnableRateLimiting(RecordExportRateLimit.PolicyName)]
    public async Task<IActionResult> Export(string msixId, [Bind(Prefix = ExportPrefix)] RecordExportInputModel input,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // Show the record again with the form as it was filled in and the reasons it was refused.
            var page = (await pages.ViewAsync(msixId, User, cancellationToken)).Page;
            return page is null ? NotFound() : View(nameof(Show), page with { Export = input });
        }
        var file = await exports.ExportAsync(msixId, RecordExportChoices.From(input), cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }

    [HttpPost("printed")]
    [Authorize(Policy = Policies.ViewRecords)]
    public async Task<IActionResult> Printed(string msixId, CancellationToken cancellationToken)
    {
        return await pages.RecordPrintedAsync(msixId, cancellationToken) ? NoContent() : NotFound();
    }

    [HttpGet("access-log")]
    public async Task<IActionResult> AccessLog(string msixId, CancellationToken cancellationToken) =>
        await accessLog.GetAsync(msixId, User, cancellationToken) switch
        {
            AccessLogResult.Found found => View(found.Log),
            AccessLogResult.Forbidden => Forbid(),
            _ => NotFound(),
        };
}
