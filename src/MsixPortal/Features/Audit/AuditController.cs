using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;

namespace MsixPortal.Features.Audit;

/// <summary>The audit trail of the administrator's State (national administrators: every State).</summary>
[Route("admin/audit")]
[Authorize(Policy = Policies.ViewAuditLog)]
public sealed class AuditController(AuditLogService auditLog) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditLogFilterInputModel filter, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(new AuditLogViewModel(filter, [], 0, AuditLogService.PageSize, ""));
        }
        return View(await auditLog.SearchAsync(StateScope.Of(User), filter, cancellationToken));
    }
}
