using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.Search;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Infrastructure.Housekeeping;

/// <summary>Runs the periodic jobs at start-up and then every <see cref="HousekeepingOptions.Interval"/>.</summary>
public sealed partial class HousekeepingProcessor(
    IServiceScopeFactory scopes,
    IOptions<HousekeepingOptions> options,
    ILogger<HousekeepingProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }
        // Real time, not the TimeProvider: tests fake the clock for due dates, not for scheduling.
        using var timer = new PeriodicTimer(options.Value.Interval);
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
            var reminded = await scope.ServiceProvider.GetRequiredService<OverdueReminders>().SendAsync(stoppingToken);
            var deleted = await scope.ServiceProvider.GetRequiredService<SubmissionKeyCleanup>().DeleteExpiredAsync(stoppingToken);
            var searches = await scope.ServiceProvider.GetRequiredService<SavedSearchCleanup>().DeleteExpiredAsync(stoppingToken);
            LogRound(logger, reminded, deleted, searches);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance reminded about one of the same items first: the rest go next round.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The database may be briefly unreachable: keep the job alive and try next round.
            LogRoundFailed(logger, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping: {Reminded} overdue reminders, {Deleted} old submission keys and {Searches} expired saved searches deleted")]
    private static partial void LogRound(ILogger logger, int reminded, int deleted, int searches);

    [LoggerMessage(Level = LogLevel.Error, Message = "Housekeeping round failed ({ErrorType})")]
    private static partial void LogRoundFailed(ILogger logger, string errorType);
}
