using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Account.RateLimits;

/// <summary>429 with Retry-After, for limits an action checks itself (the per-account sign-in limit).</summary>
public sealed class TooManyRequestsResult(TimeSpan retryAfter) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        SignInRateLimits.WriteTooManyRequests(context.HttpContext, retryAfter);
        context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
        await context.HttpContext.Response.WriteAsync("Too many attempts. Wait a minute and try again.");
    }
}
