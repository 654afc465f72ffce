namespace MsixPortal.Features.Errors;

/// <summary>Friendly text for an error status code, with the correlation ID for the help desk.</summary>
public sealed record StatusPageViewModel(int StatusCode, string Title, string Message, string CorrelationId)
{
    public static StatusPageViewModel For(int statusCode, string correlationId) => statusCode switch
    {
        StatusCodes.Status404NotFound => new(statusCode, "Page not found",
            "The page you asked for does not exist or has moved. Check the address, or start again from the home page.",
            correlationId),
        StatusCodes.Status403Forbidden => new(statusCode, "You do not have access to this page",
            "Your account is not allowed to see this page. If your work needs it, ask your State user administrator.",
            correlationId),
        StatusCodes.Status429TooManyRequests => new(statusCode, "Too many requests",
            "You have sent too many requests in a short time. Wait a minute, then try again.",
            correlationId),
        StatusCodes.Status400BadRequest => new(statusCode, "The request could not be processed",
            "The form may have expired. Go back, reload the page and try again.",
            correlationId),
        StatusCodes.Status405MethodNotAllowed => new(statusCode, "That action is not available here",
            "Go back and use the links and buttons on the page.",
            correlationId),
        _ => new(statusCode, "Something went wrong",
            "The portal could not complete your request. Try again in a few minutes.",
            correlationId),
    };
}
