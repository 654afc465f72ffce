using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;

namespace MsixPortal.Features.Audit;

/// <summary>The audit trail of the administrator's State (national administrators: every State, or one).</summary>
[Route("admin/audit")]
[Authorize(Policy = Policies.ViewAuditLog)]
public sealed class AuditController(AuditLogService auditLog, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditLogFilterInputModel filter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(new AuditLogViewModel(filter, [], 0, AuditLogService.PageSize, "", StateScope.Of(User).IsNational));
        }
        return View(await auditLog.SearchAsync(StateScope.Of(User), filter, cancellationToken));
    }

    /// <summary>
    /// The filter form posts here so that a typed email never appears in a URL: it becomes the user's
    /// ID and the browser is sent to the filtered page. Changes nothing.
    /// </summary>
    [HttpPost("")]
    public async Task<IActionResult> Filter([FromForm] AuditLogFilterInputModel filter, CancellationToken cancellationToken)
    {
        var scope = StateScope.Of(User);
        filter.UserId = null;
        if (ModelState.IsValid && !string.IsNullOrWhiteSpace(filter.Email))
        {
            filter.UserId = await auditLog.FindUserAsync(scope, filter.Email, cancellationToken);
            if (filter.UserId is null)
            {
                ModelState.AddModelError(nameof(filter.Email), "No account of your scope has this email. Check the address, or clear it to see every user.");
            }
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), new AuditLogViewModel(filter, [], 0, AuditLogService.PageSize, "", scope.IsNational));
        }
        filter.Email = null;
        return LocalRedirect(filter.Url("/admin/audit"));
    }

    [HttpGet("export.{format}")]
    public async Task<IActionResult> Export(string format, [FromQuery] AuditLogFilterInputModel filter, CancellationToken cancellationToken)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), new AuditLogViewModel(filter, [], 0, AuditLogService.PageSize, "", StateScope.Of(User).IsNational));
        }
        var rows = await auditLog.ExportAsync(StateScope.Of(User), filter, format, cancellationToken);
        var output = new MemoryStream();
        AuditLogExport.Render(rows, format, output);
        output.Position = 0;
        return File(output, AuditLogExport.ContentType(format), AuditLogExport.FileName(format, clock.GetUtcNow()));
    }
}
