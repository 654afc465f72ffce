using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Worklists;

/// <summary>Maps a <see cref="WorkItemOutcome"/> to the response: done → the given result, else 404, 403 or a 409 page.</summary>
public static class WorkItemResults
{
    public const string ConflictView = "WorkItemConflict";

    public static IActionResult ToResult(this Controller controller, WorkItemOutcome outcome, Func<IActionResult> done,
        string conflictMessage = "Someone else changed this item first, or its status no longer allows this. Reload it to see where it stands.") =>
        outcome switch
        {
            WorkItemOutcome.Done => done(),
            WorkItemOutcome.NotFound => controller.NotFound(),
            WorkItemOutcome.Forbidden => controller.Forbid(),
            _ => Conflict(controller, conflictMessage),
        };

    public static IActionResult Conflict(Controller controller, string message)
    {
        var view = controller.View(ConflictView, message);
        view.StatusCode = StatusCodes.Status409Conflict;
        return view;
    }
}
