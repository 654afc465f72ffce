using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class SignInTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task SignIn_PasswordThenTotp_OpensAccountPage()
    {
        var client = await factory.SignInAsync(PortalRoles.MepStaff, "TX");

        var page = await HtmlPage.GetAsync(client, "/account");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(PortalRoles.MepStaff, page.Text("[data-testid=roles]"));
    }

    [Fact]
    public async Task SignInForm_NoticeNotAccepted_RedirectsToNotice()
    {
        var client = factory.CreatePortalClient();

        var response = await client.GetAsync(new Uri("/account/signin?returnUrl=%2Faccount", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/notice", response.LocationPath());
    }

    [Fact]
    public async Task SignInPost_NoticeNotAccepted_RedirectsToNotice()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var client = factory.CreatePortalClient();
        var noticeForm = (await HtmlPage.GetAsync(client, "/account/notice")).Form("/account/notice");

        var response = await noticeForm.Set("Email", account.Email).Set("Password", account.Password)
            .PostAsync(client, "/account/signin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/notice", response.LocationPath());
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownEmail_SameAnswer()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");

        var wrongPassword = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, "not the right password");
        var unknownEmail = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), "nobody@example.org", "not the right password");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownEmail.StatusCode);
        Assert.Contains("The email or password is incorrect.", wrongPassword.Errors, StringComparison.Ordinal);
        Assert.Equal(wrongPassword.Errors, unknownEmail.Errors);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_TakesAboutAsLongAsAWrongPassword()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var client = factory.CreatePortalClient();
        await PortalSignIn.AcceptNoticeAsync(client);
        var form = (await HtmlPage.GetAsync(client, "/account/signin")).Form("/account/signin").Set("Password", "not the right password");
        await form.Set("Email", "warm-up@example.org").PostAsync(client);
        var known = new List<double>();
        var unknown = new List<double>();

        for (var round = 0; round < 4; round++)
        {
            known.Add(await TimeAsync(() => form.Set("Email", account.Email).PostAsync(client)));
            unknown.Add(await TimeAsync(() => form.Set("Email", $"nobody-{round}@example.org").PostAsync(client)));
        }

        var (knownMedian, unknownMedian) = (known.Order().ElementAt(2), unknown.Order().ElementAt(2));
        Assert.True(Math.Abs(knownMedian - unknownMedian) < Math.Max(30, 0.5 * Math.Max(knownMedian, unknownMedian)),
            $"known {knownMedian:F1} ms, unknown {unknownMedian:F1} ms");
    }

    [Fact]
    public async Task AccountPage_Anonymous_RedirectsToSignIn()
    {
        var client = factory.CreatePortalClient();

        var response = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin", response.LocationPath());
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }
}
