using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.MergeSplit;

/// <summary>
/// Flag records for merge (POST /records/merge) or split (POST /records/split), and review, validate
/// or reject a flag. State scope and the two-person rule are resource-based policies in the services.
/// </summary>
[Authorize(Policy = Policies.FlagMergeSplit)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MergeSplitController(MergeSplitPages pages, MergeSplitFlagging flagging, MergeSplitDecisions decisions) : Controller
{
    [HttpGet("merge-split/merge")]
    public async Task<IActionResult> NewMerge(string? ids, CancellationToken cancellationToken) =>
        View(await pages.NewMergeAsync(new MergeFlagInputModel { MsixIds = ids }, null, cancellationToken));

    [HttpPost("records/merge")]
    [IdempotentSubmission]
    public async Task<IActionResult> FlagMerge(MergeFlagInputModel input, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await flagging.FlagMergeAsync(input, User, cancellationToken)
            : new FlagResult(WorkItemOutcome.Conflict);
        return result.Outcome == WorkItemOutcome.Conflict
            ? View(nameof(NewMerge), await pages.NewMergeAsync(input, result.Problem, cancellationToken))
            : this.ToResult(result.Outcome, () => Redirect($"/merge-split/{result.FlagId}"));
    }

    [HttpGet("merge-split/split")]
    public async Task<IActionResult> NewSplit(string? msixId, CancellationToken cancellationToken) =>
        View(await pages.NewSplitAsync(new SplitFlagInputModel { MsixId = msixId }, null, cancellationToken));

    [HttpPost("records/split")]
    [IdempotentSubmission]
    public async Task<IActionResult> FlagSplit(SplitFlagInputModel input, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await flagging.FlagSplitAsync(input, User, cancellationToken)
            : new FlagResult(WorkItemOutcome.Conflict);
        return result.Outcome == WorkItemOutcome.Conflict
            ? View(nameof(NewSplit), await pages.NewSplitAsync(input, result.Problem, cancellationToken))
            : this.ToResult(result.Outcome, () => Redirect($"/merge-split/{result.FlagId}"));
    }

    [HttpGet("merge-split/{id:long}")]
    public async Task<IActionResult> Review(long id, CancellationToken cancellationToken)
    {
        var (outcome, model) = await pages.ReviewAsync(id, User, cancellationToken);
        return this.ToResult(outcome, () => View(model));
    }

    [HttpPost("merge-split/{id:long}/validate")]
    [Authorize(Policy = Policies.ValidateMergeSplit)]
    [IdempotentSubmission]
    public async Task<IActionResult> Validate(long id, MergeSplitDecisionInputModel input, CancellationToken cancellationToken) =>
        this.ToResult(await decisions.ValidateAsync(id, input.Comment, User, cancellationToken), () => Redirect($"/merge-split/{id}"),
            "Another administrator decided this flag first, or one of its records changed meanwhile. Nothing was changed by your request: reload the flag to see where it stands.");

    [HttpPost("merge-split/{id:long}/reject")]
    [Authorize(Policy = Policies.ValidateMergeSplit)]
    [IdempotentSubmission]
    public async Task<IActionResult> Reject(long id, MergeSplitDecisionInputModel input, CancellationToken cancellationToken) =>
        this.ToResult(await decisions.RejectAsync(id, input.Comment, User, cancellationToken), () => Redirect($"/merge-split/{id}"),
            "Another administrator decided this flag first. Nothing was changed by your request: reload the flag to see where it stands.");
}
