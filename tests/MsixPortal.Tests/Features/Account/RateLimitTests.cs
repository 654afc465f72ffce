using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class SignInPerIpLimitFactory : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["RateLimits:SignInPerIpPerMinute"] = "3" };
}

public class SignInPerAccountLimitFactory : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["RateLimits:SignInPerAccountPerMinute"] = "2" };
}

public class AnonymousLimitFactory : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["RateLimits:AnonymousPerIpPerMinute"] = "12" };
}

public class SignInPerIpRateLimitTests(SignInPerIpLimitFactory factory) : IClassFixture<SignInPerIpLimitFactory>
{
    [Fact]
    public async Task SignInPost_BeyondLimitPerIp_429WithRetryAfter()
    {
        var client = factory.CreatePortalClient();
        await PortalSignIn.AcceptNoticeAsync(client);
        var form = (await HtmlPage.GetAsync(client, "/account/signin")).Form("/account/signin");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;

        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = await form.Set("Email", $"someone{attempt}@example.org").Set("Password", "not the password").PostAsync(client);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}

public class SignInPerAccountRateLimitTests(SignInPerAccountLimitFactory factory) : IClassFixture<SignInPerAccountLimitFactory>
{
    [Fact]
    public async Task SignInPost_BeyondLimitPerAccount_429ForThatAccountOnly()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");

        var first = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, "wrong password one");
        var second = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, "wrong password two");
        var third = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email.ToUpperInvariant(), account.Password);
        var otherAccount = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), "other@example.org", "wrong password");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Response.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, otherAccount.StatusCode);
    }
}

public class AnonymousRateLimitTests(AnonymousLimitFactory factory) : IClassFixture<AnonymousLimitFactory>
{
    [Fact]
    public async Task AnonymousRequests_BeyondGlobalLimit_429WhileSignedInUsersContinue()
    {
        var signedIn = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var anonymous = factory.CreatePortalClient();
        var statuses = new List<HttpStatusCode>();

        for (var request = 0; request < 15; request++)
        {
            statuses.Add((await anonymous.GetAsync(new Uri("/account/apply", UriKind.Relative))).StatusCode);
        }
        var signedInPage = await signedIn.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.OK, signedInPage.StatusCode);
    }
}
