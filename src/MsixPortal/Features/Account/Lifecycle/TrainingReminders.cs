using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Audit;
using MsixPortal.Infrastructure.Email;

namespace MsixPortal.Features.Account.Lifecycle;

/// <summary>
/// Emails users whose cybersecurity training expires within the reminder period (30 days), once
/// per user and expiry date. Each reminder is claimed with a conditional UPDATE first, so two app
/// instances running the job never both send it.
/// </summary>
public sealed class TrainingReminders(
    PortalDbContext db,
    IPortalEmailSender email,
    IOptions<AccountOptions> options,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<TrainingReminders> logger)
{
    /// <summary>Training counts for this many days after completion (see RecertificationPolicy).</summary>
    public const int ValidityDays = 365;

    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var horizon = today.AddDays(options.Value.TrainingReminderDays);
        var due = await db.Users.AsNoTracking()
            .Where(u => u.Status == AccountStatus.Active && u.TrainingCompletedOn != null)
            .Select(u => new { u.Id, u.Email, ExpiresOn = u.TrainingCompletedOn!.Value.AddDays(ValidityDays), u.TrainingReminderSentFor })
            .Where(u => u.ExpiresOn >= today && u.ExpiresOn <= horizon
                && (u.TrainingReminderSentFor == null || u.TrainingReminderSentFor != u.ExpiresOn))
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var user in due)
        {
            var claimed = await db.Users
                .Where(u => u.Id == user.Id && (u.TrainingReminderSentFor == null || u.TrainingReminderSentFor != user.ExpiresOn))
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.TrainingReminderSentFor, user.ExpiresOn), cancellationToken);
            if (claimed == 1)
            {
                await email.SendAsync(AccountEmails.TrainingReminder(user.Email!, user.ExpiresOn), cancellationToken);
                await audit.RecordAsync(AccountAuditActions.TrainingReminderSent, "user", user.Id.ToString(), userId: user.Id,
                    cancellationToken: cancellationToken);
                sent++;
            }
        }
        if (sent > 0)
        {
            logger.LogInformation("Sent {Count} training expiry reminders", sent);
        }
        return sent;
    }
}
