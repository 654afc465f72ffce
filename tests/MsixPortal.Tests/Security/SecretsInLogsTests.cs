using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security;

/// <summary>
/// security.md 27: after sign-in, administrator re-authentication and an approval with its activation
/// link, the logs hold no password, TOTP code, activation token, session or antiforgery cookie value.
/// </summary>
public class SecretsInLogsTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    [Fact]
    public async Task AdministrationFlows_LogNoCredentialsTokensOrCookies()
    {
        var cookies = new CookieContainer();
        var client = factory.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));
        var admin = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.UserAdministrator], "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX");
        await factory.SignInAsync(admin, client);
        var codes = new List<string> { await TestAuthenticator.UnusedCodeAsync(factory.Services, admin.Id, admin.AuthenticatorKey) };
        var details = await HtmlPage.GetAsync(client, $"/admin/users/{target.Id}");
        var antiforgery = details.Form($"/admin/users/{target.Id}/authenticator/reset")["__RequestVerificationToken"]!;
        var reset = await details.Form($"/admin/users/{target.Id}/authenticator/reset")
            .Set("Password", admin.Password).Set("Code", codes[0]).PostAsync(client);
        Assert.EndsWith("?result=authenticator-reset", reset.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.MepStaff);
        await (await HtmlPage.GetAsync(client, $"/admin/applications/{application.Id}"))
            .Form($"/admin/applications/{application.Id}/approve").PostAsync(client);
        var activationToken = MailFolder.LinkIn(await factory.Mail.LatestToAsync(application.Email)).Query;

        var logged = factory.Log.AllText();

        Assert.NotEmpty(factory.Log.Events);
        Assert.DoesNotContain(admin.Password, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(admin.AuthenticatorKey, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(activationToken.Split('=')[1], logged, StringComparison.Ordinal);
        Assert.DoesNotContain(antiforgery, logged, StringComparison.Ordinal);
        foreach (Cookie cookie in cookies.GetAllCookies())
        {
            Assert.DoesNotContain(cookie.Value, logged, StringComparison.Ordinal);
        }
        Assert.All(codes, code => Assert.DoesNotMatch($@"(?<!\d){code}(?!\d)", logged));
    }
}
