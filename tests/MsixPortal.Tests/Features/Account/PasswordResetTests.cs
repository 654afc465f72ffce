using System.Diagnostics;
using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class PasswordResetTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    private const string NewPassword = "velvet thunder orchard pebble";

    [Fact]
    public async Task Forgot_KnownOrUnknownEmail_SameAnswer()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");

        var known = await RequestResetAsync(account.Email);
        var unknown = await RequestResetAsync($"nobody-{Guid.NewGuid():N}@example.org");

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.LocationPath(), unknown.LocationPath());
        Assert.Equal("/account/forgot/sent", known.LocationPath());
    }

    [Fact]
    public async Task Forgot_KnownOrUnknownEmail_SimilarTiming()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        await RequestResetAsync(account.Email);
        await RequestResetAsync("warm-up@example.org");
        var known = new List<double>();
        var unknown = new List<double>();

        for (var round = 0; round < 8; round++)
        {
            known.Add(await TimeAsync(() => RequestResetAsync(account.Email)));
            unknown.Add(await TimeAsync(() => RequestResetAsync($"nobody-{round}@example.org")));
        }

        var knownMedian = Median(known);
        var unknownMedian = Median(unknown);
        Assert.True(Math.Abs(knownMedian - unknownMedian) < Math.Max(25, 0.5 * Math.Max(knownMedian, unknownMedian)),
            $"known {knownMedian:F1} ms, unknown {unknownMedian:F1} ms");
    }

    [Fact]
    public async Task ResetLink_NewPassword_NeedsTotpAtNextSignIn()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        await RequestResetAsync(account.Email);
        var link = MailFolder.LinkIn(await factory.Mail.LatestToAsync(account.Email));
        var client = factory.CreatePortalClient();

        var done = await ResetWithAsync(client, link, NewPassword);
        var signIn = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, NewPassword);
        var oldPassword = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, account.Password);

        Assert.Equal("/account/reset/done", done.LocationPath());
        Assert.Equal("/account/signin/code", signIn.LocationPath());
        Assert.Contains("The email or password is incorrect.", oldPassword.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLink_UsedOnce_RefusedSecondTime()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        await RequestResetAsync(account.Email);
        var link = MailFolder.LinkIn(await factory.Mail.LatestToAsync(account.Email));
        await ResetWithAsync(factory.CreatePortalClient(), link, NewPassword);

        var again = await HtmlPage.GetAsync(factory.CreatePortalClient(), link.PathAndQuery);

        Assert.Contains("This link is not valid", again.Text("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetLink_After30Minutes_Expired()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        await RequestResetAsync(account.Email);
        var link = MailFolder.LinkIn(await factory.Mail.LatestToAsync(account.Email));

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        var before = await HtmlPage.GetAsync(factory.CreatePortalClient(), link.PathAndQuery);
        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var after = await HtmlPage.GetAsync(factory.CreatePortalClient(), link.PathAndQuery);

        Assert.Equal("Choose a new password", before.Text("h1"));
        Assert.Contains("This link is not valid", after.Text("h1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_Done_EndsAllSessions()
    {
        var (session, account) = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        await RequestResetAsync(account.Email);
        var link = MailFolder.LinkIn(await factory.Mail.LatestToAsync(account.Email));

        await ResetWithAsync(factory.CreatePortalClient(), link, NewPassword);
        var response = await session.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/signin", response.LocationPath());
    }

    [Fact]
    public async Task ResetEmail_Sent_HoldsOnlyTheLinkAndNoPersonalData()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");

        await RequestResetAsync(account.Email);
        var message = await factory.Mail.LatestToAsync(account.Email);

        Assert.DoesNotContain("Pat Tester", message.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("http", MailFolder.LinkIn(message).Scheme, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> RequestResetAsync(string email)
    {
        var client = factory.CreatePortalClient();
        var form = (await HtmlPage.GetAsync(client, "/account/forgot")).Form("/account/forgot");
        return await form.Set("Email", email).PostAsync(client);
    }

    private static async Task<HttpResponseMessage> ResetWithAsync(HttpClient client, Uri link, string password)
    {
        var form = (await HtmlPage.GetAsync(client, link.PathAndQuery)).Form("/account/reset");
        return await form.Set("Password", password).Set("ConfirmPassword", password).PostAsync(client);
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
