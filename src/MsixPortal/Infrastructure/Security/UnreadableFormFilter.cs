using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MsixPortal.Infrastructure.Security;

/// <summary>
/// Answers 400 when the request's form could not be read (a malformed multipart body, such as a
/// part header ending in a bare LF or an unbalanced quote in a file name), or the server's own
/// status when it cut the body off (413). MVC's model binding swallows that failure and runs the
/// action with null arguments, which ended in a NullReferenceException and a 500 (security.md 45;
/// found by sqlmap on the upload form, scripts/scan.sh). Antiforgery reads the form first and fails
/// such a request with 400 only when the token travels in the form: a token in the
/// RequestVerificationToken header lets the unreadable body through to the action.
/// </summary>
public sealed class UnreadableFormFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        // Only where model binding read the form (it does for any action with parameters): an action
        // without any never sees the body, so a GET that merely names a form content type still works.
        // Nor on the error page the status-code pages re-execute (as the same POST, with the same
        // unreadable body): it must render the 400 page this filter asked for.
        if (request.HasFormContentType && !IsReExecutedErrorPage(context.HttpContext)
            && (context.ActionDescriptor.Parameters.Count > 0 || context.ActionDescriptor.BoundProperties.Count > 0))
        {
            try
            {
                // Model binding has read the form already: this awaits the same (cached) reading.
                await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (BadHttpRequestException e)
            {
                context.Result = new StatusCodeResult(e.StatusCode);
                return;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                context.Result = new BadRequestResult();
                return;
            }
        }
        await next();
    }

    private static bool IsReExecutedErrorPage(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
}
