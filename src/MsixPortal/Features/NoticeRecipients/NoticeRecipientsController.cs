using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.NoticeRecipients;

/// <summary>User administrators choose who in their State receives move notices (none chosen: the data administrators).</summary>
[Route("admin/notice-recipients")]
[Authorize(Policy = Policies.ManageUsers)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NoticeRecipientsController(NoticeRecipientsService recipients) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? state, CancellationToken cancellationToken)
    {
        var (outcome, model) = await recipients.ListAsync(state, User, cancellationToken);
        return this.ToResult(outcome, () => View(model));
    }

    [HttpPost("")]
    [IdempotentSubmission]
    public async Task<IActionResult> Add(string stateCode, Guid userId, CancellationToken cancellationToken) =>
        this.ToResult(await recipients.ChangeAsync(stateCode, userId, designate: true, User, cancellationToken),
            () => Redirect($"/admin/notice-recipients?state={stateCode}"));

    [HttpPost("remove")]
    [IdempotentSubmission]
    public async Task<IActionResult> Remove(string stateCode, Guid userId, CancellationToken cancellationToken) =>
        this.ToResult(await recipients.ChangeAsync(stateCode, userId, designate: false, User, cancellationToken),
            () => Redirect($"/admin/notice-recipients?state={stateCode}"));
}
