namespace MsixPortal.Infrastructure;

public static class PeriodicTimerExtensions
{
    /// <summary>Waits for the timer's next tick; false when the host is stopping (the background job's loop then ends).</summary>
    public static async Task<bool> WaitOrStopAsync(this PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
