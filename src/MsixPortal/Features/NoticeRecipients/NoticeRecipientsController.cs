using System.Diagnostics.CodeAnalysis;
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
public sealed class NoticeRecipientsController(NoticeRecipientsService recipients, WorkItemLookups lookups) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? state, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(state) && User.StateCode() is null)
        {
            // A national administrator (no State of their own) chooses the State first.
            return View("ChooseState", await lookups.StatesAsync(cancellationToken));
        }
        var (outcome, model) = await recipients.ListAsync(state, User, cancellationToken);
        return this.ToResult(outcome, () => View(model));
    }

    [HttpPost("")]
    [IdempotentSubmission]
    public Task<IActionResult> Add(string? stateCode, Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(stateCode, userId, designate: true, cancellationToken);

    [HttpPost("remove")]
    [IdempotentSubmission]
    public Task<IActionResult> Remove(string? stateCode, Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(stateCode, userId, designate: false, cancellationToken);

    /// <summary>A State code that is not two letters (empty, forged) is a 400, before any lookup.</summary>
    private async Task<IActionResult> ChangeAsync(string? stateCode, Guid userId, bool designate, CancellationToken cancellationToken)
    {
        if (!IsStateCode(stateCode))
        {
            return BadRequest();
        }
        return this.ToResult(await recipients.ChangeAsync(stateCode, userId, designate, User, cancellationToken),
            () => RedirectToAction(nameof(Index), new { state = stateCode.ToUpperInvariant() }));
    }

    private static bool IsStateCode([NotNullWhen(true)] string? value) =>
        value is { Length: 2 } && value.All(char.IsAsciiLetter);
}
