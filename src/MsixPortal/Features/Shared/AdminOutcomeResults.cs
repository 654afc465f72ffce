using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Shared;

public static class AdminOutcomeResults
{
    /// <summary>
    /// Post/redirect/get: back to <paramref name="page"/> with <c>?result=code</c> (a fixed word the
    /// page turns into a sentence, never user data), or 403/404.
    /// </summary>
    public static IActionResult ToResult(this AdminOutcome outcome, Controller controller, string page) =>
        outcome.Kind switch
        {
            AdminOutcomeKind.NotFound => controller.NotFound(),
            AdminOutcomeKind.Forbidden => controller.Forbid(),
            AdminOutcomeKind.Conflict => Worklists.WorkItemResults.Conflict(controller,
                "Another administrator decided or changed this first. Nothing was changed by your request: reload the page to see where it stands."),
            _ => controller.Redirect($"{page}?result={Uri.EscapeDataString(outcome.Code ?? "")}"),
        };
}
