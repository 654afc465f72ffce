using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.MoveNotices;

/// <summary>Move notices: sent from a record, received and acted on by the other State. URLs carry IDs only.</summary>
[Authorize(Policy = Policies.SendMoveNotices)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MoveNoticesController(MoveNoticeService notices, MoveNoticeQueries queries, WorkItemLookups lookups) : Controller
{
    [HttpGet("records/{msixId}/move-notices/new")]
    public async Task<IActionResult> New(string msixId, CancellationToken cancellationToken)
    {
        var model = await queries.NewAsync(msixId, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("records/{msixId}/move-notices")]
    [IdempotentSubmission]
    public async Task<IActionResult> Send(string msixId, [Bind(Prefix = "Input")] MoveNoticeInputModel input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && !await lookups.IsStateAsync(input.StateCode, cancellationToken))
        {
            ModelState.AddModelError("Input.StateCode", "Choose the State.");
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(New), new MoveNoticeNewViewModel(msixId, await queries.StatesAsync(cancellationToken), input));
        }
        var id = await notices.SendAsync(msixId, input, User, cancellationToken);
        return id is null ? NotFound() : Redirect($"/move-notices/{id}");
    }

    [HttpGet("move-notices")]
    public async Task<IActionResult> Sent(CancellationToken cancellationToken) =>
        View(await queries.SentAsync(User, cancellationToken));

    [HttpGet("move-notices/{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken)
    {
        var (outcome, model) = await queries.DetailsAsync(id, User, cancellationToken);
        return this.ToResult(outcome, () => View(model));
    }

    [HttpPost("move-notices/{id:long}/acknowledge")]
    [IdempotentSubmission]
    public async Task<IActionResult> Acknowledge(long id, CancellationToken cancellationToken) =>
        this.ToResult(await notices.AcknowledgeAsync(id, User, cancellationToken), () => Redirect($"/move-notices/{id}?result=acknowledged"),
            "This notice was already acknowledged (or its status moved on). Nothing was changed by your request: reload it to see where it stands.");

    [HttpPost("move-notices/{id:long}/outcome")]
    [IdempotentSubmission]
    public async Task<IActionResult> Outcome(long id, MoveNoticeStatus outcome, CancellationToken cancellationToken)
    {
        if (!MoveNoticeService.IsValidOutcome(outcome))
        {
            return BadRequest();
        }
        return this.ToResult(await notices.RecordOutcomeAsync(id, outcome, User, cancellationToken), () => Redirect($"/move-notices/{id}"));
    }

    [HttpPost("move-notices/{id:long}/close")]
    [IdempotentSubmission]
    public async Task<IActionResult> Close(long id, CancellationToken cancellationToken) =>
        this.ToResult(await notices.CloseAsync(id, User, cancellationToken), () => Redirect($"/move-notices/{id}"));
}
