using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security;

/// <summary>
/// security.md 36: several instances behind a load balancer share one database. A session cookie
/// issued by one is accepted by the other, a form rendered by one posts to the other, and both keep
/// working after every instance has restarted (sessions and the key ring live in PostgreSQL).
/// </summary>
public class MultiInstanceTests(ManySignInsPortalAppFactory instanceA) : IClassFixture<ManySignInsPortalAppFactory>
{
    private static readonly Uri Https = new("https://localhost");

    [Fact]
    public async Task SessionAndForms_AcrossInstancesAndRestart_AreAccepted()
    {
        var cookies = new CookieContainer();
        var account = await TestAccounts.CreateAsync(instanceA.Services, [PortalRoles.UserAdministrator], "TX");
        await using var instanceB = new SharedDatabasePortalFactory(instanceA.ConnectionString);
        var clientA = instanceA.CreateDefaultClient(Https, new CookieContainerHandler(cookies));
        var clientB = instanceB.CreateDefaultClient(Https, new CookieContainerHandler(cookies));
        await instanceA.SignInAsync(account, clientA);

        var pageOnB = await clientB.GetAsync(new Uri("/account", UriKind.Relative));
        var formFromA = (await HtmlPage.GetAsync(clientA, "/admin/users")).Form("/admin/users");
        var postedToB = await formFromA.Set("Search", "nobody").PostAsync(clientB);

        Assert.Equal(HttpStatusCode.OK, pageOnB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, postedToB.StatusCode);

        await instanceB.DisposeAsync();
        await using var restarted = new SharedDatabasePortalFactory(instanceA.ConnectionString);
        var clientC = restarted.CreateDefaultClient(Https, new CookieContainerHandler(cookies));
        var postedToRestarted = await formFromA.Set("Search", "nobody").PostAsync(clientC);

        Assert.Equal(HttpStatusCode.OK, (await clientC.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, postedToRestarted.StatusCode);
    }

    [Fact]
    public async Task Session_OnInstanceWithAnotherDatabase_IsNotAccepted()
    {
        var cookies = new CookieContainer();
        var account = await TestAccounts.CreateAsync(instanceA.Services, [PortalRoles.UserAdministrator], "TX");
        await using var stranger = new ManySignInsPortalAppFactory();
        await stranger.InitializeAsync();
        var clientA = instanceA.CreateDefaultClient(Https, new CookieContainerHandler(cookies));
        var strangerClient = stranger.CreateDefaultClient(Https, new CookieContainerHandler(cookies));
        await instanceA.SignInAsync(account, clientA);

        var page = await strangerClient.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }
}
