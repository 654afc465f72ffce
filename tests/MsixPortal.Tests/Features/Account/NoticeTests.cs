using System.Net;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class NoticeTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Notice_Shown_SaysUseIsMonitoredWithNoExpectationOfPrivacy()
    {
        var page = await HtmlPage.GetAsync(factory.CreatePortalClient(), "/account/notice");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("monitored", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("no reasonable expectation of privacy", page.Document.Body.TextContent, StringComparison.Ordinal);
        Assert.Contains("personally identifiable information", page.Document.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notice_Accepted_LeadsToSignInFormKeepingTheReturnUrl()
    {
        var client = factory.CreatePortalClient();
        var notice = await HtmlPage.GetAsync(client, "/account/notice?returnUrl=%2Faccount");

        var accepted = await notice.Form("/account/notice").PostAsync(client);
        var signIn = await HtmlPage.GetAsync(client, accepted.Headers.Location!.OriginalString);

        Assert.Equal("/account/signin", accepted.LocationPath());
        Assert.Equal("/account", signIn.Form("/account/signin")["ReturnUrl"]);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.NotNull(PortalClients.Cookie(client, "__Host-msix-notice"));
    }

    [Fact]
    public async Task Notice_ForeignReturnUrl_Dropped()
    {
        var client = factory.CreatePortalClient();
        var notice = await HtmlPage.GetAsync(client, "/account/notice?returnUrl=https%3A%2F%2Fevil.example%2F");

        var accepted = await notice.Form("/account/notice").PostAsync(client);

        Assert.DoesNotContain("evil", accepted.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoticeCookie_Forged_NotAccepted()
    {
        var client = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/signin");
        request.Headers.Add("Cookie", "__Host-msix-notice=accepted");

        var response = await client.SendAsync(request);

        Assert.Equal("/account/notice", response.LocationPath());
    }
}
