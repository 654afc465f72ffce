using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;

namespace MsixPortal.Features.Reports.ChildCount;

/// <summary>
/// A data administrator enters their State's own child count: the first POST shows what will be
/// recorded, the second (Confirm) records it and returns to the report, which then shows the
/// difference and the records that explain it.
/// </summary>
[Route("reports/child-count/state-count")]
[Authorize(Policy = Policies.SubmitStateData)]
public sealed class StateChildCountsController(StateChildCounts counts) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Record(StateChildCountInputModel input, CancellationToken cancellationToken)
    {
        if (User.StateCode() is not { } state)
        {
            return Forbid();
        }
        if (!ModelState.IsValid || !input.Confirm)
        {
            return View("/Features/Reports/ChildCount/StateCount.cshtml", new StateChildCountViewModel(state, input));
        }
        await counts.RecordAsync(state, input.Period!.Value, input.Category1!.Value, input.Category2!.Value, User.UserId(), cancellationToken);
        return Redirect($"/reports/child-count?Period={input.Period}&result=state-count-recorded");
    }
}

public sealed record StateChildCountViewModel(string StateCode, StateChildCountInputModel Input);
