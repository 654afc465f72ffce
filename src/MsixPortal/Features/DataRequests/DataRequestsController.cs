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
    public async Task<IActionResult> New(string msixId, CancellationToken cancellationToken)
    {
        var model = await queries.NewAsync(msixId, new DataRequestInputModel(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("records/{msixId}/data-requests")]
    [Authorize(Policy = Policies.RequestData)]
    [IdempotentSubmission]
    public async Task<IActionResult> Send(string msixId, DataRequestInputModel input, CancellationToken cancellationToken)
    {
        var (found, problem) = ModelState.IsValid ? await requests.SendAsync(msixId, input, User, cancellationToken) : (true, null);
        if (!found)
        {
            return NotFound();
        }
        if (problem is not null || !ModelState.IsValid)
        {
            // An invalid form for a record that does not exist is a 404, not a page without a model.
            var model = await queries.NewAsync(msixId, input, cancellationToken);
            if (model is null)
            {
                return NotFound();
            }
            ModelState.AddModelError("", problem ?? "Check the form.");
            return View(nameof(New), model);
        }
        return Redirect("/data-requests");
    }

    [HttpGet("data-requests")]
    [Authorize(Policy = Policies.RequestData)]
    public async Task<IActionResult> Sent(CancellationToken cancellationToken) => View(await queries.SentAsync(User, cancellationToken));

    [HttpGet("data-requests/{id:long}")]
    public async Task<IActionResult> Show(long id, CancellationToken cancellationToken)
    {
        var (outcome, model) = await queries.DetailsAsync(id, User, null, null, cancellationToken);
        return this.ToResult(outcome, () => View(model));
    }

    [HttpPost("data-requests/{id:long}/answer")]
    [Authorize(Policy = Policies.AnswerDataRequests)]
    [RequestSizeLimit(6 * 1024 * 1024)]
    [IdempotentSubmission]
    public async Task<IActionResult> Answer(long id, DataRequestAnswerInputModel input, CancellationToken cancellationToken)
    {
        var (outcome, problem) = ModelState.IsValid
            ? await requests.AnswerAsync(id, input, User, cancellationToken)
            : (WorkItemOutcome.Conflict, "Write the answer.");
        if (problem is not null)
        {
            var (_, model) = await queries.DetailsAsync(id, User, input, problem, cancellationToken);
            return model is null ? NotFound() : View(nameof(Show), model);
        }
        return this.ToResult(outcome, () => Redirect($"/data-requests/{id}"));
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
