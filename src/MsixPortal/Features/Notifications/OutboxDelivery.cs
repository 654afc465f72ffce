using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Notifications;
using MsixPortal.Infrastructure.Email;

namespace MsixPortal.Features.Notifications;

/// <summary>
/// Sends the outbox emails that are due. Rows are claimed with FOR UPDATE SKIP LOCKED, so several
/// app instances can run this at once without sending an email twice; a failed send is retried
/// later with a doubling delay, and an email stays in the table until it has gone.
/// </summary>
public sealed partial class OutboxDelivery(
    PortalDbContext db,
    IPortalEmailSender sender,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<OutboxDelivery> logger)
{
    /// <summary>Sends one batch of due emails; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.OutboxEmails
            .FromSql($"""
                SELECT * FROM outbox_emails
                WHERE sent_at IS NULL AND next_attempt_at <= {now}
                ORDER BY next_attempt_at, id
                LIMIT {settings.OutboxBatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var email in due)
        {
            sent += await TrySendAsync(email, settings, cancellationToken) ? 1 : 0;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }

    private async Task<bool> TrySendAsync(OutboxEmail email, NotificationOptions settings, CancellationToken cancellationToken)
    {
        email.Attempts++;
        try
        {
            await sender.SendAsync(new PortalEmail(email.To, email.Subject, email.TextBody), cancellationToken);
            email.SentAt = clock.GetUtcNow().UtcDateTime;
            email.LastError = null;
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var delay = RetryDelay(email.Attempts, settings);
            email.NextAttemptAt = clock.GetUtcNow().UtcDateTime + delay;
            email.LastError = exception.GetType().Name;
            LogSendFailed(logger, email.Id, email.Attempts, exception.GetType().Name, delay);
            return false;
        }
    }

    /// <summary>base × 2^(attempts−1), capped: 30 s, 1 min, 2 min, … 1 h with the defaults.</summary>
    public static TimeSpan RetryDelay(int attempts, NotificationOptions settings)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(settings.RetryBaseDelay.Ticks * factor, settings.RetryMaxDelay.Ticks));
        return delay;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox email {OutboxEmailId} failed on attempt {Attempts} ({ErrorType}); retrying in {RetryDelay}")]
    private static partial void LogSendFailed(ILogger logger, long outboxEmailId, int attempts, string errorType, TimeSpan retryDelay);
}
