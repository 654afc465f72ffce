using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class ActivationTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    private const string NewPassword = "river stone saffron kettle";

    [Fact]
    public async Task ActivationLink_PasswordThenEnrolment_ShowsTenRecoveryCodesAndSignsInWithMfa()
    {
        var (user, _) = await PendingAccounts.CreateWithActivationLinkAsync(factory, PortalRoles.MepStaff, "TX");
        var client = factory.CreatePortalClient();
        var link = MailFolder.LinkIn(await factory.Mail.LatestToAsync(user.Email!));

        var setPassword = await HtmlPage.GetAsync(client, link.PathAndQuery);
        var afterPassword = await setPassword.Form("/account/activate").Set("Password", NewPassword).Set("ConfirmPassword", NewPassword).SubmitAsync(client);
        var enrolment = await HtmlPage.GetAsync(client, "/account/enrol");
        var key = enrolment.Text("[data-testid=authenticator-key]").Replace(" ", "", StringComparison.Ordinal);
        var codes = await enrolment.Form("/account/enrol").Set("Code", TestAuthenticator.Code(key, factory.Clock)).SubmitAsync(client);
        var account = await HtmlPage.GetAsync(client, "/account");

        Assert.Equal("/account/enrol", afterPassword.LocationPath());
        Assert.StartsWith("data:image/png;base64,", enrolment.Document.QuerySelector("main img")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal(10, codes.Document.QuerySelectorAll("[data-testid=recovery-codes] li").Length);
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Equal("10", account.Text("[data-testid=recovery-codes-left]"));
        Assert.Equal(AccountStatus.Active, (await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id))).Status);
    }

    [Fact]
    public async Task BeforeEnrolment_EveryOtherPage_RedirectsToEnrolment()
    {
        var client = await ActivatedButNotEnrolledAsync();

        var paths = new[] { "/", "/account", "/account/recertify", "/account/apply", "/some/page/that/does/not/exist" };
        var responses = await Task.WhenAll(paths.Select(p => client.GetAsync(new Uri(p, UriKind.Relative))));

        Assert.All(responses, r => Assert.Equal("/account/enrol", r.LocationPath()));
    }

    [Fact]
    public async Task ActivationLink_UsedOnce_RefusedSecondTime()
    {
        var (_, link) = await PendingAccounts.CreateWithActivationLinkAsync(factory, PortalRoles.Recruiter, "TX");
        var client = factory.CreatePortalClient();
        var form = (await HtmlPage.GetAsync(client, link.PathAndQuery)).Form("/account/activate");
        await form.Set("Password", NewPassword).Set("ConfirmPassword", NewPassword).PostAsync(client);

        var again = await HtmlPage.GetAsync(factory.CreatePortalClient(), link.PathAndQuery);

        Assert.Contains("This link is not valid", again.Text("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivationLink_After72Hours_Expired()
    {
        var (_, link) = await PendingAccounts.CreateWithActivationLinkAsync(factory, PortalRoles.Recruiter, "TX");

        factory.Clock.Advance(TimeSpan.FromHours(71));
        var before = await HtmlPage.GetAsync(factory.CreatePortalClient(), link.PathAndQuery);
        factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var after = await HtmlPage.GetAsync(factory.CreatePortalClient(), link.PathAndQuery);

        Assert.Equal("Set your password", before.Text("h1"));
        Assert.Contains("This link is not valid", after.Text("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivationLink_StoredOnlyAsHash()
    {
        var (user, link) = await PendingAccounts.CreateWithActivationLinkAsync(factory, PortalRoles.Recruiter, "TX");
        var token = Uri.UnescapeDataString(link.Query["?token=".Length..]);

        var stored = await factory.WithDbAsync(db => db.AccountTokens.Where(t => t.UserId == user.Id).Select(t => t.TokenHash).SingleAsync());

        Assert.NotEqual(token, stored);
        Assert.Matches("^[0-9a-f]{64}$", stored);
    }

    [Fact]
    public async Task PendingApplicantWithoutActivation_CannotSignIn()
    {
        var (user, _) = await PendingAccounts.CreateWithActivationLinkAsync(factory, PortalRoles.Recruiter, "TX");

        var page = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), user.Email!, NewPassword);

        Assert.Contains("The email or password is incorrect.", page.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short pass", "at least 12 characters")]
    [InlineData("Password123!", "too common")]
    [InlineData("robin likes trains", "your name")]
    [InlineData("my msix account pw", "\"msix\"")]
    public async Task Activation_WeakPassword_RefusedWithReason(string password, string reason)
    {
        var (_, link) = await PendingAccounts.CreateWithActivationLinkAsync(factory, PortalRoles.Recruiter, "TX");
        var client = factory.CreatePortalClient();
        var form = (await HtmlPage.GetAsync(client, link.PathAndQuery)).Form("/account/activate");

        var page = await form.Set("Password", password).Set("ConfirmPassword", password).SubmitAsync(client);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(reason, page.Errors, StringComparison.Ordinal);
    }

    private async Task<HttpClient> ActivatedButNotEnrolledAsync()
    {
        var (_, link) = await PendingAccounts.CreateWithActivationLinkAsync(factory, PortalRoles.Recruiter, "TX");
        var client = factory.CreatePortalClient();
        var form = (await HtmlPage.GetAsync(client, link.PathAndQuery)).Form("/account/activate");
        await form.Set("Password", NewPassword).Set("ConfirmPassword", NewPassword).PostAsync(client);
        return client;
    }
}
