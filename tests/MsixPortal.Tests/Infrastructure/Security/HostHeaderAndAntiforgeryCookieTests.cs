using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Infrastructure;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Infrastructure.Security;

/// <summary>Issue 17 point 7: no Location from the Host header; the antiforgery cookie is __Host-, Secure, HttpOnly, Strict.</summary>
public class HostHeaderAndAntiforgeryCookieTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Theory]
    [InlineData("/search")]
    [InlineData("/admin/users")]
    [InlineData("/records/MX0000000001")]
    public async Task Redirect_RequestForAnotherHost_LocationIsRelative(string path)
    {
        var client = factory.CreatePortalClient();

        var response = await client.GetAsync(new Uri($"https://evil.example{path}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/signin", location, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Redirect_SignedInUserWithForgedHostHeader_LocationIsRelative()
    {
        var client = await factory.SignInAsync(PortalRoles.MepStaff);
        var form = (await HtmlPage.GetAsync(client, "/search")).Form("/search").Set("Input.LastName", "Garcia");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/search") { Content = new FormUrlEncodedContent(form.Fields) };
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", response.Headers.Location.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FormPage_Rendered_AntiforgeryCookieIsHostPrefixedSecureHttpOnlyStrict()
    {
        var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/account/notice");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"),
            header => header.StartsWith(WebServiceCollectionExtensions.AntiforgeryCookieName + "=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.StartsWith("__Host-", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal) || a.StartsWith("expires=", StringComparison.Ordinal));
    }
}
