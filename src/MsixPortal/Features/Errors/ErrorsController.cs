using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Errors;

/// <summary>
/// The pages the exception handler and status-code pages re-execute. They answer every method,
/// because a failed POST is re-executed as a POST, and they show only a correlation ID.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[NoFormValues]
[ApiExplorerSettings(IgnoreApi = true)]
[Route("error")]
public class ErrorsController : Controller
{
    [Route("")]
    public IActionResult Error()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View(new ErrorViewModel(HttpContext.TraceIdentifier));
    }

    [Route("{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        // Only error codes have a page; anything else asked for directly is simply not found.
        statusCode = statusCode is >= 400 and <= 599 ? statusCode : StatusCodes.Status404NotFound;
        Response.StatusCode = statusCode;
        return View(StatusPageViewModel.For(statusCode, HttpContext.TraceIdentifier));
    }
}
