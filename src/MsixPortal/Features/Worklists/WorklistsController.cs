using Microsoft.AspNetCore.Mvc;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.Worklists;

/// <summary>The user's worklist (any signed-in user; it shows only what they may act on) and "assign to me".</summary>
[Route("worklists")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class WorklistsController(WorklistService worklists, WorkAssignment assignment) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(WorklistFilterInputModel filter, CancellationToken cancellationToken) =>
        View(await worklists.ListAsync(User, filter, cancellationToken));

    [HttpPost("assign")]
    [IdempotentSubmission]
    public async Task<IActionResult> Assign(string? kind, long id, CancellationToken cancellationToken) =>
        this.ToResult(await assignment.AssignToMeAsync(kind, id, User, cancellationToken), () => Redirect("/worklists?assigned=mine"));
}
