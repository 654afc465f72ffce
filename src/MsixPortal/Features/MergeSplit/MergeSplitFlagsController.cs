using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.MergeSplit;

/// <summary>
/// Flag records for merge or split: the form (GET), what the flag will do (POST .../review: nothing is
/// saved; a POST because the reason may name the child), then the flag itself (POST /records/merge or
/// /records/split), which ends on the flag's page with a success message. A refused form comes back
/// with the error summary and the input kept. State scope is a resource-based policy in the services.
/// </summary>
[Authorize(Policy = Policies.FlagMergeSplit)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class MergeSplitFlagsController(MergeSplitPages pages, MergeSplitFlagging flagging) : Controller
{
    [HttpGet("merge-split/merge")]
    public async Task<IActionResult> NewMerge(string? ids, CancellationToken cancellationToken) =>
        await MergeFormAsync(new MergeFlagInputModel { MsixIds = ids }, null, cancellationToken);

    [HttpPost("records/merge/review")]
    public async Task<IActionResult> ReviewMerge(MergeFlagInputModel input, CancellationToken cancellationToken)
    {
        var (plan, refusal) = ModelState.IsValid ? await flagging.CheckMergeAsync(input, User, cancellationToken) : (null, null);
        return plan is not null ? View(ViewPath("ConfirmMerge"), new MergeConfirmViewModel(input, plan))
            : refusal?.Outcome == WorkItemOutcome.Forbidden ? Forbid()
            : await MergeFormAsync(input, refusal, cancellationToken);
    }

    [HttpPost("records/merge")]
    [IdempotentSubmission]
    public async Task<IActionResult> FlagMerge(MergeFlagInputModel input, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await flagging.FlagMergeAsync(input, User, cancellationToken) : null;
        return result is null || result.Outcome == WorkItemOutcome.Conflict
            ? await MergeFormAsync(input, result, cancellationToken)
            : this.ToResult(result.Outcome, () => Redirect($"/merge-split/{result.FlagId}?done=flagged"));
    }

    [HttpGet("merge-split/split")]
    public async Task<IActionResult> NewSplit(string? msixId, CancellationToken cancellationToken) =>
        await SplitFormAsync(new SplitFlagInputModel { MsixId = msixId }, null, cancellationToken);

    [HttpPost("records/split/review")]
    public async Task<IActionResult> ReviewSplit(SplitFlagInputModel input, CancellationToken cancellationToken)
    {
        var (plan, refusal) = ModelState.IsValid ? await flagging.CheckSplitAsync(input, User, cancellationToken) : (null, null);
        return plan is not null ? View(ViewPath("ConfirmSplit"), new SplitConfirmViewModel(input, plan))
            : refusal?.Outcome == WorkItemOutcome.Forbidden ? Forbid()
            : await SplitFormAsync(input, refusal, cancellationToken);
    }

    [HttpPost("records/split")]
    [IdempotentSubmission]
    public async Task<IActionResult> FlagSplit(SplitFlagInputModel input, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await flagging.FlagSplitAsync(input, User, cancellationToken) : null;
        return result is null || result.Outcome == WorkItemOutcome.Conflict
            ? await SplitFormAsync(input, result, cancellationToken)
            : this.ToResult(result.Outcome, () => Redirect($"/merge-split/{result.FlagId}?done=flagged"));
    }

    /// <summary>The merge form again, with the refusal (if any) and the lookup's problem in the error summary.</summary>
    private async Task<IActionResult> MergeFormAsync(MergeFlagInputModel input, FlagResult? refusal, CancellationToken cancellationToken)
    {
        AddProblem(refusal);
        var model = await pages.NewMergeAsync(input, cancellationToken);
        if (model.LookupProblem is not null && refusal is null)
        {
            ModelState.AddModelError(nameof(MergeFlagInputModel.MsixIds), model.LookupProblem);
        }
        return View(ViewPath(nameof(NewMerge)), model);
    }

    private async Task<IActionResult> SplitFormAsync(SplitFlagInputModel input, FlagResult? refusal, CancellationToken cancellationToken)
    {
        AddProblem(refusal);
        var model = await pages.NewSplitAsync(input, cancellationToken);
        if (model.LookupProblem is not null && refusal is null)
        {
            ModelState.AddModelError(nameof(SplitFlagInputModel.MsixId), model.LookupProblem);
        }
        return View(ViewPath(nameof(NewSplit)), model);
    }

    /// <summary>The views live with the rest of the feature in Features/MergeSplit, not in a folder named after this controller.</summary>
    private static string ViewPath(string name) => $"/Features/MergeSplit/{name}.cshtml";

    private void AddProblem(FlagResult? refusal)
    {
        if (refusal?.Problem is { } problem)
        {
            ModelState.AddModelError(refusal.ProblemField, problem);
        }
    }
}
