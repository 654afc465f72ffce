using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.HelpDesk;

/// <summary>
/// Writing to the help desk and reporting a PII incident (also for visitors who cannot sign in),
/// following a request, and the handlers' replies, acknowledgements and closing.
/// </summary>
[Route("help")]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class HelpDeskController(HelpDeskService helpDesk, HelpDeskQueries queries) : Controller
{
    private const string SentReference = "HelpDeskSentReference";

    [HttpGet("contact")]
    [AllowAnonymous]
    public async Task<IActionResult> Contact(string? reference, CancellationToken cancellationToken) =>
        View(await ContactModelAsync(new HelpDeskContactInputModel
        {
            CorrelationId = reference,
            Category = string.IsNullOrEmpty(reference) ? null : "error",
        }, cancellationToken));

    [HttpPost("contact")]
    [AllowAnonymous]
    [IdempotentSubmission]
    public Task<IActionResult> Contact(HelpDeskContactInputModel input, CancellationToken cancellationToken) =>
        SubmitAsync(() => helpDesk.AskAsync(input, User, cancellationToken), incident: false,
            async () => View(await ContactModelAsync(input, cancellationToken)));

    [HttpGet("incident")]
    [AllowAnonymous]
    public async Task<IActionResult> Incident(CancellationToken cancellationToken) =>
        View(new IncidentReportViewModel(new IncidentReportInputModel(), Visitor, await StatesAsync(cancellationToken)));

    [HttpPost("incident")]
    [AllowAnonymous]
    [IdempotentSubmission]
    public Task<IActionResult> Incident(IncidentReportInputModel input, CancellationToken cancellationToken) =>
        SubmitAsync(() => helpDesk.ReportIncidentAsync(input, User, cancellationToken), incident: true,
            async () => View(new IncidentReportViewModel(input, Visitor, await StatesAsync(cancellationToken))));

    /// <summary>A visitor's confirmation (post/redirect/get; the reference travels in TempData, not the address).</summary>
    [HttpGet("sent")]
    [AllowAnonymous]
    public IActionResult Sent() => TempData[SentReference] is string reference
        ? View(new HelpDeskSentViewModel(reference, reference.StartsWith("PI-", StringComparison.Ordinal)))
        : Redirect("/help");

    [HttpGet("track/{token}")]
    [AllowAnonymous]
    public async Task<IActionResult> Track(string token, CancellationToken cancellationToken) =>
        await queries.TrackAsync(token, cancellationToken) is { } model ? View("Show", model) : NotFound();

    [HttpGet("requests")]
    public async Task<IActionResult> Mine(CancellationToken cancellationToken) => View(await queries.MineAsync(User, cancellationToken));

    [HttpGet("requests/{id:long}")]
    public async Task<IActionResult> Show(long id, string? done, CancellationToken cancellationToken)
    {
        var (outcome, model) = await queries.DetailsAsync(id, User, null, HelpDeskMessages.Done(done), cancellationToken);
        return this.ToResult(outcome, () => View(model));
    }

    [HttpPost("requests/{id:long}/reply")]
    [IdempotentSubmission]
    public async Task<IActionResult> Reply(long id, HelpDeskReplyInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var (found, model) = await queries.DetailsAsync(id, User, input, null, cancellationToken);
            return this.ToResult(found, () => View(nameof(Show), model));
        }
        return Done(id, await helpDesk.ReplyAsync(id, input, User, cancellationToken), "replied");
    }

    /// <summary>What acknowledging will do; nothing changes until it is confirmed.</summary>
    [HttpGet("requests/{id:long}/acknowledge")]
    [Authorize(Policy = Policies.HandlePiiIncidents)]
    public Task<IActionResult> ConfirmAcknowledge(long id, CancellationToken cancellationToken) =>
        ConfirmAsync(id, HelpDeskConfirmations.Acknowledge, cancellationToken);

    /// <summary>What closing will do; nothing changes until it is confirmed.</summary>
    [HttpGet("requests/{id:long}/close")]
    public Task<IActionResult> ConfirmClose(long id, CancellationToken cancellationToken) =>
        ConfirmAsync(id, HelpDeskConfirmations.Close, cancellationToken);

    [HttpPost("requests/{id:long}/acknowledge")]
    [Authorize(Policy = Policies.HandlePiiIncidents)]
    [IdempotentSubmission]
    public async Task<IActionResult> Acknowledge(long id, CancellationToken cancellationToken) =>
        Done(id, await helpDesk.AcknowledgeAsync(id, User, cancellationToken), "acknowledged");

    [HttpPost("requests/{id:long}/close")]
    [IdempotentSubmission]
    public async Task<IActionResult> Close(long id, CancellationToken cancellationToken) =>
        Done(id, await helpDesk.CloseAsync(id, User, cancellationToken), "closed");

    private async Task<IActionResult> ConfirmAsync(long id, string action, CancellationToken cancellationToken)
    {
        var (request, asHandler) = await helpDesk.LoadForAsync(id, User, cancellationToken);
        var may = action == HelpDeskConfirmations.Acknowledge
            ? HelpDeskService.MayAcknowledge(request, asHandler)
            : HelpDeskService.MayClose(request, asHandler);
        return request is null || may is WorkItemOutcome.NotFound or WorkItemOutcome.Forbidden
            ? this.ToResult(may, NotFound)
            : View("Confirm", HelpDeskConfirmations.For(request, action, asHandler == true, allowed: may == WorkItemOutcome.Done));
    }

    private bool Visitor => User.Identity?.IsAuthenticated != true;

    private RedirectResult Sent(HelpDeskCreated created, bool incident)
    {
        if (!Visitor)
        {
            return Redirect($"/help/requests/{created.Id}?done={(incident ? "reported" : "sent")}");
        }
        TempData[SentReference] = created.Reference;
        return Redirect("/help/sent");
    }

    private IActionResult Done(long id, WorkItemOutcome outcome, string done) =>
        this.ToResult(outcome, () => Redirect($"/help/requests/{id}?done={done}"));

    /// <summary>Stores a valid form and redirects to what it became; otherwise the form again, with its problems on top.</summary>
    private async Task<IActionResult> SubmitAsync(
        Func<Task<(HelpDeskCreated? Created, Dictionary<string, string> Problems)>> submit, bool incident, Func<Task<IActionResult>> form)
    {
        if (ModelState.IsValid)
        {
            var (created, problems) = await submit();
            if (created is not null)
            {
                return Sent(created, incident);
            }
            foreach (var (field, problem) in problems)
            {
                ModelState.AddModelError(field, problem);
            }
        }
        return await form();
    }

    private async Task<HelpDeskContactViewModel> ContactModelAsync(HelpDeskContactInputModel input, CancellationToken cancellationToken) =>
        new(input, Visitor, await StatesAsync(cancellationToken));

    private async Task<IReadOnlyList<Account.Apply.StateChoice>> StatesAsync(CancellationToken cancellationToken) =>
        Visitor ? await queries.StatesAsync(cancellationToken) : [];
}

/// <summary>What a help-desk action did, shown after its redirect (?done=code; only these texts can appear).</summary>
public static class HelpDeskMessages
{
    public static string? Done(string? code) => code switch
    {
        "sent" => "Your request was sent to the help desk. You will be notified of the answer here and by email.",
        "reported" => "Your incident report was sent. National administrators and your State's administrators have been emailed and must acknowledge it within 1 hour.",
        "replied" => "Your reply was added.",
        "acknowledged" => "You acknowledged the incident. The reporter has been told.",
        "closed" => "The request was closed.",
        _ => null,
    };
}
