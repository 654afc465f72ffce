using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Home;

/// <summary>The header shows visitors the public links and signed-in users their work and a sign-out.</summary>
public class NavigationTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Header_Anonymous_OffersSignInAndApplyButNoSearch()
    {
        var client = factory.CreatePortalClient();

        var page = await HtmlPage.GetAsync(client, "/");

        Assert.NotNull(page.Document.QuerySelector("header a[href='/account/notice']"));
        Assert.NotNull(page.Document.QuerySelector("header a[href='/account/apply']"));
        Assert.Null(page.Document.QuerySelector("[data-testid=nav-search]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=nav-sign-out]"));
    }

    [Fact]
    public async Task Header_SignedIn_OffersSearchWorklistAccountAndSignOutButNotSignIn()
    {
        var client = await factory.SignInAsync(PortalRoles.Recruiter);

        var page = await HtmlPage.GetAsync(client, "/");

        Assert.NotNull(page.Document.QuerySelector("header a[href='/search']"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=work-navigation]"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=nav-account]"));
        Assert.Null(page.Document.QuerySelector("header a[href='/account/notice']"));
        Assert.Null(page.Document.QuerySelector("header a[href='/account/apply']"));
        Assert.NotNull(page.Document.QuerySelector("form[action='/account/signout'] input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Footer_AnonymousThenSignedIn_OffersApplyAndSignInOnlyToVisitors()
    {
        var visitor = await HtmlPage.GetAsync(factory.CreatePortalClient(), "/");
        var member = await HtmlPage.GetAsync(await factory.SignInAsync(PortalRoles.MepStaff), "/");

        Assert.NotNull(visitor.Document.QuerySelector("footer a[href='/account/apply']"));
        Assert.NotNull(visitor.Document.QuerySelector("footer a[href='/account/notice']"));
        Assert.Null(member.Document.QuerySelector("footer a[href='/account/apply']"));
        Assert.Null(member.Document.QuerySelector("footer a[href='/account/notice']"));
        Assert.NotNull(member.Document.QuerySelector("footer a[href='/']"));
    }

    [Fact]
    public async Task SignOutButton_Posted_EndsTheSession()
    {
        var client = await factory.SignInAsync(PortalRoles.MepStaff);
        var page = await HtmlPage.GetAsync(client, "/");
        var token = page.Document.QuerySelector("form[action='/account/signout'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var signedOut = await client.PostAsync(new Uri("/account/signout", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        using var search = await client.GetAsync(new Uri("/search", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, search.StatusCode);
    }
}
