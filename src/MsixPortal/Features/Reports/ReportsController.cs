using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Reports;

/// <summary>
/// The reports: a list, each report's page (chart, table, filters) and its CSV/Excel export. State
/// report viewers see their State; national report viewers every State or one at a time.
/// </summary>
[Route("reports")]
[Authorize(Policy = Policies.ViewStateReports)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ReportsController(ReportService reports, AuditTrail audit) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(reports.All);

    [HttpGet("{report}")]
    public async Task<IActionResult> Show(string report, [FromQuery] ReportFilterInputModel filter, CancellationToken cancellationToken)
    {
        if (reports.Find(report) is not { } found)
        {
            return NotFound();
        }
        if (await reports.ScopeAsync(User, filter) is not { } query)
        {
            return Forbid();
        }
        return View(await reports.PageAsync(found, User, filter, query, ModelState.IsValid, cancellationToken));
    }

    [HttpGet("{report}/export.{format}")]
    public async Task<IActionResult> Export(string report, ReportFileFormat format, [FromQuery] ReportFilterInputModel filter,
        CancellationToken cancellationToken)
    {
        if (reports.Find(report) is not { } found || !ModelState.IsValid)
        {
            return NotFound();
        }
        if (await reports.ScopeAsync(User, filter) is not { } query)
        {
            return Forbid();
        }
        var page = await reports.PageAsync(found, User, filter, query, valid: true, cancellationToken);
        await audit.RecordAsync(AuditActions.ReportExported, "report", found.Slug, $"{format} {page.ScopeText}",
            cancellationToken: cancellationToken);
        var output = new MemoryStream();
        ReportExport.Render(found, page, format, output);
        output.Position = 0;
        return File(output, ReportExport.ContentType(format), ReportExport.FileName(found, query, format));
    }
}
