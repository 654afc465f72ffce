using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Features.Account.Security;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class CredentialChangeTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    private const string NewPassword = "lilac harbour compass drift";

    [Fact]
    public async Task ChangePassword_WithPasswordAndCode_EndsOtherSessionsAndKeepsThisOne()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX");
        var other = await factory.SignInAsync(account);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var here = await factory.SignInAsync(account);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var form = (await HtmlPage.GetAsync(here, "/account/password")).Form("/account/password");

        var page = await form.Set("CurrentPassword", account.Password)
            .Set("Code", await TestAuthenticator.UnusedCodeAsync(factory.Services, account.Id, account.AuthenticatorKey))
            .Set("New.Password", NewPassword).Set("New.ConfirmPassword", NewPassword).SubmitAsync(here);

        Assert.Equal("Your password was changed", page.Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        Assert.Equal("/account/signin/code",
            (await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, NewPassword)).LocationPath());
    }

    [Fact]
    public async Task ChangePassword_WithoutValidCode_Refused()
    {
        var (client, account) = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        var form = (await HtmlPage.GetAsync(client, "/account/password")).Form("/account/password");

        var page = await form.Set("CurrentPassword", account.Password).Set("Code", "000000")
            .Set("New.Password", NewPassword).Set("New.ConfirmPassword", NewPassword).SubmitAsync(client);

        Assert.Contains(CredentialChanges.NotVerified, page.Errors, StringComparison.Ordinal);
        Assert.Contains("incorrect", (await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, NewPassword)).Errors,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewAuthenticator_AfterReauthentication_LeadsToEnrolment()
    {
        var (client, account) = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var form = (await HtmlPage.GetAsync(client, "/account/authenticator")).Form("/account/authenticator");

        var response = await form.Set("CurrentPassword", account.Password)
            .Set("Code", await TestAuthenticator.UnusedCodeAsync(factory.Services, account.Id, account.AuthenticatorKey)).PostAsync(client);
        var anyPage = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal("/account/enrol", response.LocationPath());
        Assert.Equal("/account/enrol", anyPage.LocationPath());
    }

    [Fact]
    public async Task SignInPage_NoAuthenticator_LeadsToEnrolmentOnly()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX", enrolled: false);
        var client = factory.CreatePortalClient();

        var afterPassword = await PortalSignIn.SubmitPasswordAsync(client, account.Email, account.Password);
        var account403 = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal("/account/enrol", afterPassword.LocationPath());
        Assert.Equal("/account/enrol", account403.LocationPath());
    }
}
