using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Infrastructure.Security;

public class SecurityHeadersTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    public static TheoryData<string> Paths => ["/", "/no-such-page", "/admin/users"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AnyResponse_CarriesHsts(string path)
    {
        var response = await GetAsync(path);

        var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Equal("max-age=31536000; includeSubDomains", hsts);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AnyResponse_CarriesStrictContentSecurityPolicy(string path)
    {
        var response = await GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AnyResponse_CarriesNosniffAndReferrerPolicy(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task DynamicResponse_IsNotStored(string path)
    {
        var response = await GetAsync(path);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} lacks Cache-Control: no-store");
    }

    [Theory]
    [InlineData("/swagger")]
    [InlineData("/swagger/index.html")]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/.git/config")]
    [InlineData("/.git/HEAD")]
    public async Task DeveloperAndRepositoryPaths_Anonymous_AreNotServed(string path)
    {
        var response = await GetAsync(path);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect,
            $"{path} answered {(int)response.StatusCode}");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        return await client.GetAsync(new Uri(path, UriKind.Relative));
    }
}

/// <summary>Headers that depend on being signed in.</summary>
public class SignedInSecurityHeadersTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task PageBehindSignIn_IsNotStored()
    {
        var client = await factory.SignInAsync(PortalRoles.MepStaff);

        var response = await client.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task SignOutEverywhere_Response_ClearsSiteData()
    {
        var client = await factory.SignInAsync(PortalRoles.MepStaff);
        var page = await HtmlPage.GetAsync(client, "/account");

        var response = await page.Form("/account/signout-everywhere").PostAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", Assert.Single(response.Headers.GetValues("Clear-Site-Data")));
    }

    [Fact]
    public async Task SignOut_Response_ClearsSiteData()
    {
        var client = await factory.SignInAsync(PortalRoles.MepStaff);
        var page = await HtmlPage.GetAsync(client, "/account");
        var token = page.Form("/account/signout-everywhere")["__RequestVerificationToken"]!;

        var response = await client.PostAsync(new Uri("/account/signout", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("\"cache\", \"cookies\", \"storage\"", Assert.Single(response.Headers.GetValues("Clear-Site-Data")));
    }
}
