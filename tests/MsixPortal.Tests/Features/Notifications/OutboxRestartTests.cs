using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Notifications;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Notifications;

public class OutboxRestartTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task OutboxProcessor_EmailLeftUnsentBeforeARestart_IsDeliveredByTheRunningApp()
    {
        // An email that an earlier instance wrote but never sent (it stopped, or SMTP was down).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            db.OutboxEmails.Add(new OutboxEmail
            {
                To = "left-behind@example.org", Subject = "MSIX Portal: test", TextBody = "Waiting",
                CreatedAt = now.AddMinutes(-5), NextAttemptAt = now.AddMinutes(-1), Attempts = 3, LastError = "SocketException",
            });
            await db.SaveChangesAsync();
        }

        var delivered = await factory.Mail.LatestToAsync("left-behind@example.org");

        Assert.Equal("MSIX Portal: test", delivered.Subject);
    }
}
