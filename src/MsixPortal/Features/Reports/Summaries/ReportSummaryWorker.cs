using Microsoft.Extensions.Options;
using MsixPortal.Infrastructure;

namespace MsixPortal.Features.Reports.Summaries;

/// <summary>
/// Keeps the report summaries current: at start-up and then every <see cref="ReportSummaryOptions.RefreshInterval"/>
/// it refreshes the States whose data a submission changed since, and any State not refreshed for
/// <see cref="ReportSummaryOptions.MaximumAge"/>. Submissions only leave a request (one row), so they
/// do not wait for the summaries.
/// </summary>
public sealed partial class ReportSummaryWorker(
    IServiceScopeFactory scopes,
    IOptions<ReportSummaryOptions> options,
    ILogger<ReportSummaryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RefreshEnabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.RefreshInterval);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitOrStopAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var refreshed = await scope.ServiceProvider.GetRequiredService<ReportSummaryRefresher>()
                .RefreshDueAsync(options.Value.MaximumAge, stoppingToken);
            if (refreshed > 0)
            {
                LogRefreshed(logger, refreshed);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database may be briefly unreachable: the requests stay and the next round takes them.
            LogFailed(logger, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report summaries refreshed for {States} State(s)")]
    private static partial void LogRefreshed(ILogger logger, int states);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report summary refresh failed ({ErrorType})")]
    private static partial void LogFailed(ILogger logger, string errorType);
}
