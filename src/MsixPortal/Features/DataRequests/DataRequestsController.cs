using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Features.DataRequests;

/// <summary>Data requests: sent from a record to the States holding its records, answered by their data administrators.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class DataRequestsController(DataRequestService requests, DataRequestQueries queries) : Controller
{
    [HttpGet("records/{msixId}/data-requests/new")]
    [Authorize(Policy = Policies.RequestData)]
    public async Task<IActionResult> New(string msixId, CancellationToken cancellationToken) =>
        await FormAsync(msixId, new DataRequestInputModel(), cancellationToken);

    /// <summary>What the request will do (the States asked, those nobody can answer in): nothing is saved; a POST because the reason may name the child.</summary>
    [HttpPost("records/{msixId}/data-requests/review")]
    [Authorize(Policy = Policies.RequestData)]
    public async Task<IActionResult> Review(string msixId, DataRequestInputModel input, CancellationToken cancellationToken)
    {
        var check = ModelState.IsValid ? await requests.CheckAsync(msixId, input, cancellationToken) : null;
        return check is { Found: false } ? NotFound()
            : check is { Problem: null, Student: { } student } ? View("Confirm", new DataRequestConfirmViewModel(student.MsixId, input, check.Receivers))
            : await FormAsync(msixId, input, cancellationToken, check);
    }

    /// <summary>"Go back and change" from the confirmation page: the form with the input kept.</summary>
    [HttpPost("records/{msixId}/data-requests/change")]
    [Authorize(Policy = Policies.RequestData)]
    public async Task<IActionResult> Change(string msixId, DataRequestInputModel input, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await FormAsync(msixId, input, cancellationToken);
    }

    [HttpPost("records/{msixId}/data-requests")]
    [Authorize(Policy = Policies.RequestData)]
    [IdempotentSubmission]
    public async Task<IActionResult> Send(string msixId, DataRequestInputModel input, CancellationToken cancellationToken)
    {
        var check = ModelState.IsValid ? await requests.SendAsync(msixId, input, User, cancellationToken) : null;
        return check is { Found: false } ? NotFound()
            : check is { Problem: null } ? Redirect($"/data-requests?done=sent&count={check.Receivers.Count}")
            : await FormAsync(msixId, input, cancellationToken, check);
    }

    [HttpGet("data-requests")]
    [Authorize(Policy = Policies.RequestData)]
    public async Task<IActionResult> Sent(CancellationToken cancellationToken) => View(await queries.SentAsync(User, cancellationToken));

    /// <summary>The form, with the refusal (if any) in the error summary and the input kept; a record that does not exist is a 404.</summary>
    private async Task<IActionResult> FormAsync(string msixId, DataRequestInputModel input, CancellationToken cancellationToken,
        DataRequestCheck? refusal = null)
    {
        var model = await queries.NewAsync(msixId, input, User, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        if (refusal?.Problem is { } problem)
        {
            ModelState.AddModelError(refusal.ProblemField ?? "", problem);
        }
        return View(nameof(New), model);
    }

    [HttpGet("data-requests/{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken)
    {
        var (outcome, model) = await queries.DetailsAsync(id, User, null, cancellationToken);
        return this.ToResult(outcome, () => View(model));
    }

    /// <summary>Answers the request, or corrects the answer while the requester has not read it.</summary>
    [HttpPost("data-requests/{id:long}/answer")]
    [Authorize(Policy = Policies.AnswerDataRequests)]
    [RequestSizeLimit(6 * 1024 * 1024)]
    [IdempotentSubmission]
    public async Task<IActionResult> Answer(long id, DataRequestAnswerInputModel input, CancellationToken cancellationToken)
    {
        var (outcome, problem) = ModelState.IsValid
            ? await requests.AnswerAsync(id, input, User, cancellationToken)
            : (WorkItemOutcome.Conflict, null);
        if (problem is not null || !ModelState.IsValid)
        {
            // Nothing was sent: the error summary names the field, and the message is kept.
            if (problem is not null)
            {
                ModelState.AddModelError(nameof(input.Attachment), problem);
            }
            var (_, model) = await queries.DetailsAsync(id, User, input, cancellationToken);
            return model is null ? NotFound() : View(nameof(Show), model);
        }
        return this.ToResult(outcome, () => Redirect($"/data-requests/{id}?done=answered"));
    }

    [HttpGet("data-requests/{id:long}/attachment")]
    public async Task<IActionResult> Attachment(long id, CancellationToken cancellationToken)
    {
        var (outcome, file) = await queries.AttachmentAsync(id, User, cancellationToken);
        return this.ToResult(outcome, () => File(file!.Content, file.ContentType, file.FileName));
    }

    [HttpPost("data-requests/{id:long}/close")]
    [IdempotentSubmission]
    public async Task<IActionResult> Close(long id, CancellationToken cancellationToken) =>
        this.ToResult(await requests.CloseAsync(id, User, cancellationToken), () => Redirect($"/data-requests/{id}"));
}
