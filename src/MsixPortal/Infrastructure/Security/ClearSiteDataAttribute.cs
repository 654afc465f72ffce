using Microsoft.AspNetCore.Mvc.Filters;

namespace MsixPortal.Infrastructure.Security;

/// <summary>
/// Put on the sign-out action(s): the browser drops the portal's cache, cookies and storage
/// (security.md 24), so no page with PII can be brought back with the Back button.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class ClearSiteDataAttribute : ResultFilterAttribute
{
    public const string HeaderValue = "\"cache\", \"cookies\", \"storage\"";

    public override void OnResultExecuting(ResultExecutingContext context)
    {
        context.HttpContext.Response.Headers["Clear-Site-Data"] = HeaderValue;
        base.OnResultExecuting(context);
    }
}
