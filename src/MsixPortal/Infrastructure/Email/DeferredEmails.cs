using System.Threading.Channels;

namespace MsixPortal.Infrastructure.Email;

/// <summary>
/// Emails sent after the response, for pages whose answer must not reveal by its timing whether an
/// email went out (forgot password). In-process: a message queued when the instance stops is lost,
/// which for a reset link only means the user asks again.
/// </summary>
public sealed class DeferredEmails
{
    private readonly Channel<PortalEmail> _channel = Channel.CreateBounded<PortalEmail>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Enqueue(PortalEmail email) => _channel.Writer.TryWrite(email);

    internal ChannelReader<PortalEmail> Reader => _channel.Reader;
}

/// <summary>Delivers the queued emails through the configured sender.</summary>
public sealed class BackgroundEmailSender(
    DeferredEmails queue,
    IPortalEmailSender sender,
    ILogger<BackgroundEmailSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await sender.SendAsync(email, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not send queued email {Subject}", email.Subject);
            }
        }
    }
}
