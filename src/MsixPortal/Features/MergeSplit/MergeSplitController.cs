using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.MergeSplit;

/// <summary>
/// Review a flag, then validate or reject it: each decision first shows what it will change (GET), then
/// is made (POST) and ends on the flag's page with what was done. State scope and the two-person rule
/// are resource-based policies in the services.
/// </summary>
[Authorize(Policy = Policies.FlagMergeSplit)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MergeSplitController(MergeSplitPages pages, MergeSplitDecisions decisions, MergeUndo undo) : Controller
{
    [HttpGet("merge-split/{id:long}")]
    public async Task<IActionResult> Review(long id, CancellationToken cancellationToken)
    {
        var (outcome, model) = await pages.ReviewAsync(id, User, cancellationToken);
        return this.ToResult(outcome, () => View(model));
    }

    [HttpGet("merge-split/{id:long}/validate")]
    [Authorize(Policy = Policies.ValidateMergeSplit)]
    public Task<IActionResult> ConfirmValidate(long id, CancellationToken cancellationToken) => ConfirmAsync(id, validate: true, cancellationToken);

    [HttpGet("merge-split/{id:long}/reject")]
    [Authorize(Policy = Policies.ValidateMergeSplit)]
    public Task<IActionResult> ConfirmReject(long id, CancellationToken cancellationToken) => ConfirmAsync(id, validate: false, cancellationToken);

    [HttpPost("merge-split/{id:long}/validate")]
    [Authorize(Policy = Policies.ValidateMergeSplit)]
    [IdempotentSubmission]
    public async Task<IActionResult> Validate(long id, MergeSplitDecisionInputModel input, CancellationToken cancellationToken) =>
        this.ToResult(await decisions.ValidateAsync(id, input.Comment, User, cancellationToken), () => Redirect($"/merge-split/{id}?done=validated"),
            "Another administrator decided this flag first, or one of its records changed meanwhile. Nothing was changed by your request: reload the flag to see where it stands.");

    [HttpPost("merge-split/{id:long}/reject")]
    [Authorize(Policy = Policies.ValidateMergeSplit)]
    [IdempotentSubmission]
    public async Task<IActionResult> Reject(long id, MergeSplitDecisionInputModel input, CancellationToken cancellationToken) =>
        this.ToResult(await decisions.RejectAsync(id, input.Comment, User, cancellationToken), () => Redirect($"/merge-split/{id}?done=rejected"),
            "Another administrator decided this flag first. Nothing was changed by your request: reload the flag to see where it stands.");

    [HttpGet("merge-split/{id:long}/undo")]
    [Authorize(Policy = Policies.ValidateMergeSplit)]
    public async Task<IActionResult> ConfirmUndo(long id, CancellationToken cancellationToken)
    {
        var (outcome, model) = await pages.ReviewAsync(id, User, cancellationToken);
        return this.ToResult(outcome, () => model!.CanUndo ? View(model) : Redirect($"/merge-split/{id}"));
    }

    /// <summary>Undoes a validated merge; applied at once, or (when another State's records move) a split waiting for that State.</summary>
    [HttpPost("merge-split/{id:long}/undo")]
    [Authorize(Policy = Policies.ValidateMergeSplit)]
    [IdempotentSubmission]
    public async Task<IActionResult> Undo(long id, MergeSplitDecisionInputModel input, CancellationToken cancellationToken)
    {
        var result = await undo.UndoAsync(id, input.Comment, User, cancellationToken);
        return this.ToResult(result.Outcome,
            () => Redirect(result.Applied ? $"/merge-split/{id}?done=undone" : $"/merge-split/{result.SplitFlagId}?done=undo-requested"),
            "This merge can no longer be undone as it was: its records moved or were flagged meanwhile. Nothing was changed by your request: reload the merge to see where it stands.");
    }

    /// <summary>The confirmation page; a flag already decided (or not the caller's to decide) goes back to its page.</summary>
    private async Task<IActionResult> ConfirmAsync(long id, bool validate, CancellationToken cancellationToken)
    {
        var (outcome, model) = await pages.ReviewAsync(id, User, cancellationToken);
        return this.ToResult(outcome, () => (validate ? model!.CanValidate : model!.CanDecide)
            ? View("ConfirmDecision", new MergeSplitConfirmDecisionViewModel(model, validate))
            : Redirect($"/merge-split/{id}"));
    }
}
