using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Features.Notifications;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Notifications;

public class OutboxTests(SmtpOutboxAppFactory factory) : IClassFixture<SmtpOutboxAppFactory>
{
    [Fact]
    public async Task SendDue_SmtpDownThenUp_RetriesAfterBackoffAndDeliversOnce()
    {
        var recipient = await TestAccounts.CreateAsync(factory.Services, [], "TX");
        await NotifyAsync(recipient);

        var whileDown = await SendDueAsync();
        var failed = await OutboxRowAsync(recipient.Email);
        var beforeBackoff = await SendDueAsync();
        await using var smtp = new SmtpTestServer(factory.SmtpPort);
        var stillBackingOff = await SendDueAsync();
        factory.Clock.Advance(TimeSpan.FromSeconds(31));
        var afterBackoff = await SendDueAsync();
        var again = await SendDueAsync();

        Assert.Equal(0, whileDown);
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.NotNull(failed.LastError);
        Assert.Equal(0, beforeBackoff);
        Assert.Equal(0, stillBackingOff);
        Assert.Equal(1, afterBackoff);
        Assert.Equal(0, again);
        var message = Assert.Single(smtp.Messages);
        Assert.Contains("A move notice is waiting", message, StringComparison.Ordinal);
        var sent = await OutboxRowAsync(recipient.Email);
        Assert.Equal(2, sent.Attempts);
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public void RetryDelay_SuccessiveFailures_DoublesUpToTheCap()
    {
        var settings = new NotificationOptions { RetryBaseDelay = TimeSpan.FromSeconds(30), RetryMaxDelay = TimeSpan.FromMinutes(5) };

        var delays = Enumerable.Range(1, 6).Select(attempt => OutboxDelivery.RetryDelay(attempt, settings)).ToList();

        Assert.Equal(
            [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)],
            delays);
    }

    private async Task NotifyAsync(TestAccount recipient)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Notifier>()
            .Notify([new NotificationRecipient(recipient.Id, recipient.Email)], "A move notice is waiting for your State", "/worklists");
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
    }

    private async Task<int> SendDueAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().SendDueAsync();
    }

    private async Task<MsixPortal.Data.Entities.Notifications.OutboxEmail> OutboxRowAsync(string to)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().OutboxEmails.AsNoTracking().SingleAsync(e => e.To == to);
    }
}
