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
public sealed class MergeSplitController(MergeSplitPages pages, MergeSplitDecisions decisions) : Controller
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

    /// <summary>The confirmation page; a flag already decided (or not the caller's to decide) goes back to its page.</summary>
    private async Task<IActionResult> ConfirmAsync(long id, bool validate, CancellationToken cancellationToken)
    {
        var (outcome, model) = await pages.ReviewAsync(id, User, cancellationToken);
        return this.ToResult(outcome, () => (validate ? model!.CanValidate : model!.CanDecide)
            ? View("ConfirmDecision", new MergeSplitConfirmDecisionViewModel(model, validate))
            : Redirect($"/merge-split/{id}"));
    }
}
