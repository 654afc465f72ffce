using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MsixPortal.Infrastructure.Submissions;

/// <summary>
/// The resource filter behind <see cref="IdempotentSubmissionAttribute"/>. It runs after
/// authorization and antiforgery, and around model binding, the action and its result, so it sees
/// the redirect the first POST answered with.
/// </summary>
public sealed class SubmissionKeyFilter(SubmissionLedger ledger) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        var userIdText = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!Guid.TryParse(userIdText, out var userId))
        {
            await next();
            return;
        }
        if (!request.HasFormContentType
            || !Guid.TryParse((await request.ReadFormAsync())[IdempotentSubmissionAttribute.FieldName].ToString(), out var key))
        {
            context.Result = new BadRequestObjectResult("The form has no submission key. Reload the page and try again.");
            return;
        }
        var cancellationToken = context.HttpContext.RequestAborted;
        var claim = await ledger.ClaimAsync(userId, key, cancellationToken);
        if (claim.Replay is { } location)
        {
            context.Result = new RedirectResult(location);
            return;
        }
        if (!claim.Claimed)
        {
            context.Result = new ConflictObjectResult("This form is still being processed. Reload the page in a moment.");
            return;
        }
        await RunAndRecordAsync(context, next, userId, key);
    }

    private async Task RunAndRecordAsync(ResourceExecutingContext context, ResourceExecutionDelegate next, Guid userId, Guid key)
    {
        string? location = null;
        try
        {
            var executed = await next();
            var response = context.HttpContext.Response;
            if (executed.Exception is null && response.StatusCode is >= 300 and < 400)
            {
                location = response.Headers.Location.ToString();
            }
        }
        finally
        {
            // CancellationToken.None: recording the outcome must not be skipped because the client left.
            if (string.IsNullOrEmpty(location))
            {
                await ledger.ReleaseAsync(userId, key, CancellationToken.None);
            }
            else
            {
                await ledger.RecordAsync(userId, key, location, CancellationToken.None);
            }
        }
    }
}
