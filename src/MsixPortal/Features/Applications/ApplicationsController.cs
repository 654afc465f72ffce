using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Shared;

namespace MsixPortal.Features.Applications;

/// <summary>Pending account applications of the administrator's State: review, approve or reject.</summary>
[Route("admin/applications")]
[Authorize(Policy = Policies.ApproveApplications)]
public sealed class ApplicationsController(ApplicationReviewService review) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await review.PendingAsync(User, cancellationToken));

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var (details, forbidden) = await review.DetailsAsync(User, id, cancellationToken);
        return details is not null ? View(details) : forbidden ? Forbid() : NotFound();
    }

    [HttpPost("{id:guid}/approve")]
    public async Task<IActionResult> Approve(Guid id, ApplicationApproveInputModel input, CancellationToken cancellationToken) =>
        ModelState.IsValid
            ? (await review.ApproveAsync(User, id, input.Role, cancellationToken)).ToResult(this, Page(id))
            : Redirect($"{Page(id)}?result=invalid-role");

    [HttpPost("{id:guid}/reject")]
    public async Task<IActionResult> Reject(Guid id, ApplicationRejectInputModel input, CancellationToken cancellationToken) =>
        ModelState.IsValid
            ? (await review.RejectAsync(User, id, input.Reason, cancellationToken)).ToResult(this, Page(id))
            : Redirect($"{Page(id)}?result=reason-required");

    private static string Page(Guid id) => $"/admin/applications/{id}";
}
