namespace MsixPortal.Features.Notifications;

/// <summary>Settings under <c>Notifications</c>: the email outbox (links in emails come from Portal:BaseUrl).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>Whether this instance runs the outbox processor (every instance may: rows are claimed with SKIP LOCKED).</summary>
    public bool OutboxEnabled { get; set; } = true;

    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The delay after the first failure; it doubles with each further failure up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);

    public int OutboxBatchSize { get; set; } = 20;
}
