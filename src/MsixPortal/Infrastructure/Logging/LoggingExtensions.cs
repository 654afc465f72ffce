using Serilog;
using Serilog.Context;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace MsixPortal.Infrastructure.Logging;

/// <summary>
/// Serilog for the whole portal. Events never carry query strings, form values, cookies or
/// headers: ASP.NET Core's own request logs (which include the query string) are turned down to
/// warnings, and our request log writes the path only.
/// </summary>
public static class LoggingExtensions
{
    public const string CorrelationIdProperty = "CorrelationId";

    private const string RequestTemplate =
        "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms (correlation {CorrelationId})";

    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var jsonConsole = builder.Environment.IsProduction();
        // preserveStaticLogger: the static Log.Logger stays untouched, so several app instances in
        // one process (tests, multi-instance checks) each keep their own pipeline and sinks.
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: (services, logger) =>
        {
            logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .ReadFrom.Configuration(configuration)
                // Sinks registered as ILogEventSink services (tests capture events this way).
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (jsonConsole)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }

    /// <summary>
    /// Puts the request's TraceIdentifier on every event as the correlation ID (the same one the
    /// error page shows), then writes one event per request: method, path, status, elapsed.
    /// </summary>
    public static WebApplication UsePortalRequestLogging(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            using (LogContext.PushProperty(CorrelationIdProperty, context.TraceIdentifier))
            {
                await next(context);
            }
        });
        app.UseSerilogRequestLogging(options =>
        {
            // This instance's logger, not the static Log.Logger the middleware would fall back to.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = RequestTemplate;
            options.IncludeQueryInRequestPath = false;
            options.GetLevel = RequestLogLevel;
            options.EnrichDiagnosticContext = (diagnostics, context) =>
                diagnostics.Set(CorrelationIdProperty, context.TraceIdentifier);
        });
        return app;
    }

    private static LogEventLevel RequestLogLevel(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        if (exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            return LogEventLevel.Error;
        }
        // Load-balancer probes would drown everything else.
        return context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
            ? LogEventLevel.Debug
            : LogEventLevel.Information;
    }
}
