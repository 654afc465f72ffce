using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Features.Notifications;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Notifications;

/// <summary>security.md 44: one setting, Portal:BaseUrl, builds every emailed link.</summary>
public class EmailedLinksTests(PortalAppFactory database) : IClassFixture<PortalAppFactory>
{
    private const string BaseUrl = "https://msix.example.gov/portal";

    [Fact]
    public async Task Notification_Emailed_LinksToPortalBaseUrlOnly()
    {
        await using var portal = new SharedDatabasePortalFactory(database.ConnectionString, new Dictionary<string, string?>
        {
            ["Portal:BaseUrl"] = BaseUrl,
            // The retired second setting must not win any more.
            ["Notifications:PortalBaseUrl"] = "https://stale.example",
        });
        var recipient = await TestAccounts.CreateAsync(portal.Services, [], "TX");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Notifier>()
                .Notify([new NotificationRecipient(recipient.Id, recipient.Email)], "A move notice is waiting for your State", "/move-notices/42");
            await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync();
        }
        var body = await database.WithDbAsync(db => db.OutboxEmails.Where(e => e.To == recipient.Email).Select(e => e.TextBody).SingleAsync());

        Assert.Contains($"{BaseUrl}/move-notices/42", body, StringComparison.Ordinal);
        Assert.DoesNotContain("stale.example", body, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", body, StringComparison.Ordinal);
    }
}
