using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

/// <summary>Its own database: publishing a new text affects every user of it.</summary>
public class RulesOfBehaviorChangeTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task NewRulesPublished_NextSignIn_LeadsToRecertification()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX");
        await factory.WithDbAsync(db =>
        {
            db.RulesOfBehaviorVersions.Add(new RulesOfBehaviorVersion
            {
                Version = "2026.2",
                Text = "1. The rules changed.",
                PublishedAt = DateTime.UtcNow.AddSeconds(-1),
            });
            return db.SaveChangesAsync();
        });

        var client = await factory.SignInAsync(account);
        var response = await client.GetAsync(new Uri("/account", UriKind.Relative));
        var page = await HtmlPage.GetAsync(client, "/account/recertify");

        Assert.Equal("/account/recertify", response.LocationPath());
        Assert.Contains("2026.2", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }
}
