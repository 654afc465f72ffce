using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.NearMatches;

/// <summary>
/// Review a near match and decide it (match / no match): the decision first shows what it will change
/// (GET .../decide?decision=), then is made (POST) and ends on the item's page with what was done. Only the submitting State's data
/// administrators and national administrators: the permission here, the State in <see cref="NearMatchPages"/>.
/// </summary>
[Authorize(Policy = Policies.ResolveNearMatches)]
[Route("near-matches/{id:guid}")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class NearMatchesController(NearMatchPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Review(Guid id, CancellationToken cancellationToken)
    {
        var (outcome, model) = await pages.ReviewAsync(id, User, cancellationToken);
        return this.ToResult(outcome, () => View(model));
    }

    [HttpGet("decide")]
    public async Task<IActionResult> ConfirmDecision(Guid id, NearMatchDecisionInputModel input, CancellationToken cancellationToken)
    {
        if (input.IsMatch is not { } isMatch)
        {
            return Redirect($"/near-matches/{id}");
        }
        var (outcome, model) = await pages.ReviewAsync(id, User, cancellationToken);
        return this.ToResult(outcome, () => model!.CanDecide
            ? View("Confirm", new NearMatchConfirmViewModel(model, isMatch))
            : Redirect($"/near-matches/{id}"));
    }

    [HttpPost("decide")]
    [IdempotentSubmission]
    public async Task<IActionResult> Decide(Guid id, NearMatchDecisionInputModel input, CancellationToken cancellationToken) =>
        input.IsMatch is not { } isMatch
            ? BadRequest("Choose match or no match.")
            : this.ToResult(await pages.DecideAsync(id, isMatch, User, cancellationToken), () => Redirect($"/near-matches/{id}?done={input.Decision}"),
                "Another administrator decided this near match first. Nothing was changed by your request: reload it to see the decision.");
}
