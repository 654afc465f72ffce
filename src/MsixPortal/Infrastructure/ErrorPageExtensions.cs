namespace MsixPortal.Infrastructure;

public static class ErrorPageExtensions
{
    /// <summary>
    /// Outside Development an unhandled exception shows the generic page at /error (correlation ID,
    /// no details); error status codes without a body (404, 403, 429...) show /error/{code}.
    /// </summary>
    public static WebApplication UsePortalErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
