using Microsoft.Extensions.Options;

namespace MsixPortal.Features.Account.Lifecycle;

/// <summary>
/// Runs at start and then every <c>Accounts:ReminderInterval</c> (default 6 h): training expiry
/// reminders and removal of dead session rows. A failed run is logged and retried next time.
/// </summary>
public sealed class AccountMaintenanceJob(
    IServiceScopeFactory scopes,
    IOptions<AccountOptions> options,
    TimeProvider clock,
    ILogger<AccountMaintenanceJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderInterval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TrainingReminders>().SendDueAsync(stoppingToken);
            await scope.ServiceProvider.GetRequiredService<ExpiredSessions>().DeleteAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Account maintenance run failed");
        }
    }
}
