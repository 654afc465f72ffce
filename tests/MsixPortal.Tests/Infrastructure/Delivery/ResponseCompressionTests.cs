using System.IO.Compression;
using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Tests.Authorization;

namespace MsixPortal.Tests.Infrastructure.Delivery;

/// <summary>
/// Issue 25, point 2: pages are compressed (Brotli, else gzip) for the portal's own and the user's
/// requests, never for requests another site made (BREACH: docs/decisions/0025-caching-and-compression.md);
/// static assets come compressed from the build.
/// </summary>
public class ResponseCompressionTests(AuthorizationMatrixFactory factory) : IClassFixture<AuthorizationMatrixFactory>
{
    [Theory]
    [InlineData(AuthorizationMatrix.Anonymous, "/account/notice", "same-origin")]
    [InlineData(AuthorizationMatrix.Anonymous, "/", "none")]
    [InlineData(PortalRoles.MepStaff, "/search", "same-origin")]
    [InlineData(PortalRoles.Recruiter, "/account", "none")]
    public async Task Page_SameOriginOrTyped_Brotli(string caller, string path, string fetchSite)
    {
        using var response = await GetAsync(caller, path, "br, gzip", fetchSite);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        var html = await DecodeAsync(response, stream => new BrotliStream(stream, CompressionMode.Decompress));
        Assert.Contains("</html>", html, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, "a compressed page is still no-store");
    }

    [Fact]
    public async Task Page_ClientWithoutBrotli_Gzip()
    {
        using var response = await GetAsync(PortalRoles.MepStaff, "/search", "gzip", "same-origin");

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        var html = await DecodeAsync(response, stream => new GZipStream(stream, CompressionMode.Decompress));
        Assert.Contains("</html>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AuthorizationMatrix.Anonymous, "/account/notice", "cross-site")]
    [InlineData(PortalRoles.MepStaff, "/search", "cross-site")]
    [InlineData(PortalRoles.MepStaff, "/search", "same-site")]
    [InlineData(PortalRoles.MepStaff, "/search", null)]
    public async Task Page_RequestFromAnotherSiteOrUnknown_NotCompressed(string caller, string path, string? fetchSite)
    {
        using var response = await GetAsync(caller, path, "br, gzip", fetchSite);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("</html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData(null)]
    public async Task Stylesheet_AnyRequest_BrotliFromTheBuild(string? fetchSite)
    {
        var page = await GetAsync(AuthorizationMatrix.Anonymous, "/account/notice", null, "same-origin");
        var html = await page.Content.ReadAsStringAsync();
        var stylesheet = System.Text.RegularExpressions.Regex.Match(html, "/lib/uswds/css/uswds\\.min\\.[a-z0-9]+\\.css").Value;

        using var response = await GetAsync(AuthorizationMatrix.Anonymous, stylesheet, "br, gzip", fetchSite);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        var css = await DecodeAsync(response, stream => new BrotliStream(stream, CompressionMode.Decompress));
        Assert.Contains(".usa-banner", css, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string caller, string path, string? acceptEncoding, string? fetchSite)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }
        return await factory.ClientFor(caller).SendAsync(request);
    }

    private static async Task<string> DecodeAsync(HttpResponseMessage response, Func<Stream, Stream> decoder)
    {
        await using var decoded = decoder(await response.Content.ReadAsStreamAsync());
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync();
    }
}
