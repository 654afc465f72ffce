using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.MoveNotices;

/// <summary>
/// Move notices: sent from a record after a confirmation page, received and acted on by the other
/// State (each outcome confirmed on a page first). URLs carry IDs only; the confirmation of a send
/// is a POST because the form may name the child.
/// </summary>
[Authorize(Policy = Policies.SendMoveNotices)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MoveNoticesController(MoveNoticeService notices, MoveNoticeQueries queries, WorkItemLookups lookups) : Controller
{
    [HttpGet("records/{msixId}/move-notices/new")]
    public async Task<IActionResult> New(string msixId, CancellationToken cancellationToken)
    {
        var model = await queries.NewAsync(msixId, User, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    /// <summary>What will be sent and to which State; nothing is saved.</summary>
    [HttpPost("records/{msixId}/move-notices/review")]
    public async Task<IActionResult> Review(string msixId, [Bind(Prefix = "Input")] MoveNoticeInputModel input, CancellationToken cancellationToken)
    {
        if (!await IsValidAsync(input, cancellationToken))
        {
            return await FormAsync(msixId, input, cancellationToken);
        }
        var model = await queries.ConfirmAsync(msixId, input, cancellationToken);
        return model is null ? NotFound() : View("Confirm", model);
    }

    /// <summary>"Go back and change" from the confirmation page: the form with the input kept.</summary>
    [HttpPost("records/{msixId}/move-notices/change")]
    public async Task<IActionResult> Change(string msixId, [Bind(Prefix = "Input")] MoveNoticeInputModel input, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await FormAsync(msixId, input, cancellationToken);
    }

    [HttpPost("records/{msixId}/move-notices")]
    [IdempotentSubmission]
    public async Task<IActionResult> Send(string msixId, [Bind(Prefix = "Input")] MoveNoticeInputModel input, CancellationToken cancellationToken)
    {
        if (!await IsValidAsync(input, cancellationToken))
        {
            return await FormAsync(msixId, input, cancellationToken);
        }
        var id = await notices.SendAsync(msixId, input, User, cancellationToken);
        return id is null ? NotFound() : Redirect($"/move-notices/{id}?result=sent");
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

    /// <summary>The outcome's confirmation page, with an optional comment: changes nothing.</summary>
    [HttpGet("move-notices/{id:long}/outcome")]
    public async Task<IActionResult> ConfirmOutcome(long id, MoveNoticeStatus outcome, CancellationToken cancellationToken)
    {
        if (!MoveNoticeService.IsValidOutcome(outcome))
        {
            return BadRequest();
        }
        var (result, model) = await queries.DetailsAsync(id, User, cancellationToken);
        if (model is not null && (!model.CanRecordOutcome || !MoveNoticeLabels.Outcomes(model.Kind).Contains(outcome)))
        {
            return WorkItemResults.Conflict(this, "This outcome cannot be recorded on this notice: it is closed, already has this outcome, or is not for your State to answer.");
        }
        return this.ToResult(result, () => View("ConfirmOutcome",
            new MoveNoticeOutcomeViewModel(id, outcome, model!.Status, model.SenderStateCode, null)));
    }

    [HttpPost("move-notices/{id:long}/outcome")]
    [IdempotentSubmission]
    public async Task<IActionResult> Outcome(long id, MoveNoticeStatus outcome, MoveNoticeOutcomeInputModel input, CancellationToken cancellationToken)
    {
        if (!MoveNoticeService.IsValidOutcome(outcome))
        {
            return BadRequest();
        }
        if (!ModelState.IsValid)
        {
            var (_, model) = await queries.DetailsAsync(id, User, cancellationToken);
            return model is null ? NotFound()
                : View("ConfirmOutcome", new MoveNoticeOutcomeViewModel(id, outcome, model.Status, model.SenderStateCode, input.Comment));
        }
        return this.ToResult(await notices.RecordOutcomeAsync(id, outcome, input.Comment, User, cancellationToken),
            () => Redirect($"/move-notices/{id}?result=outcome"));
    }

    [HttpPost("move-notices/{id:long}/close")]
    [IdempotentSubmission]
    public async Task<IActionResult> Close(long id, CancellationToken cancellationToken) =>
        this.ToResult(await notices.CloseAsync(id, User, cancellationToken), () => Redirect($"/move-notices/{id}"));

    private async Task<bool> IsValidAsync(MoveNoticeInputModel input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && !await lookups.IsStateAsync(input.StateCode, cancellationToken))
        {
            ModelState.AddModelError("Input.StateCode", "Choose the State.");
        }
        return ModelState.IsValid;
    }

    private async Task<IActionResult> FormAsync(string msixId, MoveNoticeInputModel input, CancellationToken cancellationToken)
    {
        var model = await queries.FormAsync(msixId, input, cancellationToken);
        return model is null ? NotFound() : View(nameof(New), model);
    }
}
