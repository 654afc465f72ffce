using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class SessionTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    private const string SessionCookie = "__Host-msix";

    [Fact]
    public async Task SignIn_Succeeds_SessionCookieIsHostPrefixedSecureHttpOnlyLaxAndNotPersistent()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var client = factory.CreatePortalClient();
        await PortalSignIn.SubmitPasswordAsync(client, account.Email, account.Password);
        var code = await TestAuthenticator.UnusedCodeAsync(factory.Services, account.Id, account.AuthenticatorKey);
        var codePage = await HtmlPage.GetAsync(client, "/account/signin/code");

        var response = await codePage.Form("/account/signin/code").Set("Code", code).PostAsync(client);

        var cookie = Assert.Single(response.SetCookies(SessionCookie));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("(?i); samesite=(lax|strict)", cookie);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("max-age=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(response.SetCookies("Identity.TwoFactorRememberMe"));
    }

    [Fact]
    public async Task SignInPages_Rendered_OfferNoRememberMe()
    {
        var client = factory.CreatePortalClient();
        await PortalSignIn.AcceptNoticeAsync(client);

        var pages = new[]
        {
            await HtmlPage.GetAsync(client, "/account/signin"),
            await HtmlPage.GetAsync(client, "/account/signin/code"),
            await HtmlPage.GetAsync(client, "/account/signin/recovery"),
        };

        Assert.All(pages, page =>
        {
            Assert.DoesNotContain("remember", page.Document.Body!.InnerHtml, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(page.Document.QuerySelectorAll("input[type=checkbox]"));
        });
    }

    [Fact]
    public async Task Request_After29MinutesIdle_Succeeds_After31MinutesIdle_RedirectsToSignIn()
    {
        var (client, _) = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        var at29 = await client.GetAsync(new Uri("/account", UriKind.Relative));
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var after31 = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, at29.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after31.StatusCode);
        Assert.Equal("/account/signin", after31.LocationPath());
    }

    [Fact]
    public async Task Request_ReplayedCookieAfterIdleTimeout_RedirectsToSignIn()
    {
        var (client, _) = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        var sessionCookie = PortalClients.CookieHeader(client);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var replay = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", sessionCookie);
        var response = await replay.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Session_ContinuousActivity_EndsTwelveHoursAfterSignIn()
    {
        var (client, _) = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        var statuses = new List<HttpStatusCode>();

        // A request every 20 minutes: the cookie slides and the security stamp check re-issues it.
        for (var elapsed = TimeSpan.FromMinutes(20); elapsed < TimeSpan.FromHours(12); elapsed += TimeSpan.FromMinutes(20))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            statuses.Add((await client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var after12Hours = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.Redirect, after12Hours.StatusCode);
        Assert.Equal("/account/signin", after12Hours.LocationPath());
    }

    [Fact]
    public async Task SignOut_ReplayingOldCookie_RedirectsToSignIn()
    {
        var (client, _) = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        var oldCookie = PortalClients.CookieHeader(client);
        var account = await HtmlPage.GetAsync(client, "/account");

        var signOut = await account.Form("/account/signout-everywhere").PostAsync(client, "/account/signout");
        var replay = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", oldCookie);
        var response = await replay.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/signed-out", signOut.LocationPath());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin", response.LocationPath());
    }

    [Fact]
    public async Task SignIn_Succeeds_IssuesNewCookieValueEachTime()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var first = await factory.SignInAsync(account);
        var firstCookie = PortalClients.Cookie(first, SessionCookie);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));

        var second = await factory.SignInAsync(account, first);

        Assert.NotNull(firstCookie);
        Assert.NotEqual(firstCookie, PortalClients.Cookie(second, SessionCookie));
    }

    [Fact]
    public async Task SignOutEverywhere_EndsEverySessionOfTheUser()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var laptop = await factory.SignInAsync(account);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var phone = await factory.SignInAsync(account);
        var page = await HtmlPage.GetAsync(laptop, "/account");

        await page.Form("/account/signout-everywhere").PostAsync(laptop);

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Session_AccountDisabledWithoutStampChange_EndsWithinOneMinute()
    {
        var (client, account) = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");

        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, AccountStatus.Deactivated)));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var response = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin", response.LocationPath());
    }

    [Fact]
    public async Task Session_RoleChangedWithNewSecurityStamp_EndsWithinOneMinute()
    {
        var (client, account) = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByIdAsync(account.Id.ToString());
            await users.AddToRoleAsync(user!, PortalRoles.DataAdministrator);
            await users.UpdateSecurityStampAsync(user!);
        }
        var before = await client.GetAsync(new Uri("/account", UriKind.Relative));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var after = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}
