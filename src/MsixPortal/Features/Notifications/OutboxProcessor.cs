using Microsoft.Extensions.Options;

namespace MsixPortal.Features.Notifications;

/// <summary>Runs <see cref="OutboxDelivery"/> every poll interval while the app runs.</summary>
public sealed partial class OutboxProcessor(
    IServiceScopeFactory scopes,
    IOptions<NotificationOptions> options,
    ILogger<OutboxProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.OutboxEnabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var delivery = scope.ServiceProvider.GetRequiredService<OutboxDelivery>();
                // A full batch means more may be waiting: go again at once.
                while (await delivery.SendDueAsync(stoppingToken) >= options.Value.OutboxBatchSize)
                {
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly unreachable: keep the loop alive and try next round.
                LogRoundFailed(logger, exception.GetType().Name);
            }
            try
            {
                // Real time, not the TimeProvider: tests fake the clock for due dates, not for polling.
                await Task.Delay(options.Value.OutboxPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox round failed ({ErrorType})")]
    private static partial void LogRoundFailed(ILogger logger, string errorType);
}
