using MsixPortal.Data.Entities.HelpDesk;

namespace MsixPortal.Features.HelpDesk;

/// <summary>GET /help/requests/{id}/acknowledge or /close: what the action will do, before anything changes.</summary>
public sealed record HelpDeskConfirmViewModel(HelpDeskRequest Request, string Action, string Title, string WhatHappens, string Button, string? Problem);

/// <summary>The words of the confirmation pages for acknowledging an incident and closing a request.</summary>
public static class HelpDeskConfirmations
{
    public const string Acknowledge = "acknowledge";
    public const string Close = "close";

    /// <summary>The page for <paramref name="action"/>; <paramref name="allowed"/> is false when the request's status no longer allows it (someone acted first).</summary>
    public static HelpDeskConfirmViewModel For(HelpDeskRequest request, string action, bool asHandler, bool allowed)
    {
        var incident = request.Kind == HelpDeskKind.Incident;
        var what = incident ? "incident" : "request";
        if (action == Acknowledge)
        {
            return new(request, action, $"Acknowledge incident {request.Reference}?",
                "You take this incident on: the 1-hour clock stops, it is assigned to you if nobody holds it yet, and the reporter is told "
                + "by email and in the portal that it is being handled. An acknowledgement cannot be withdrawn.",
                "Acknowledge the incident",
                allowed ? null : "This incident was acknowledged or closed already: there is nothing to acknowledge.");
        }
        var whatHappens = asHandler
            ? $"Closing ends the {what}: it leaves the worklists, nobody can add a reply any more, and the reporter is told by email and in the portal. "
              + "If they need more help, they write a new request."
            : "Closing ends your request: it leaves the help desk's worklist and nobody can add a reply any more. "
              + "If you still need help later, write a new request and give this reference.";
        return new(request, action, $"Close {what} {request.Reference}?", whatHappens, $"Close the {what}",
            allowed ? null : $"This {what} is closed already.");
    }
}
