using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;
using MsixPortal.Tests.Authorization;

namespace MsixPortal.Tests.Infrastructure.Delivery;

/// <summary>
/// Issue 25's caching rules: every route of the authorization matrix, for every caller and whatever
/// the outcome (page, redirect, 400, 403, 404), answers <c>Cache-Control: no-store</c> (pages carry
/// PII); every static asset of the build is served at a fingerprinted URL cached for a year
/// (<c>immutable</c>), anonymous or signed in, and at its plain URL (the stylesheet's fonts and icons)
/// for an hour at most, then revalidated; the pages link the fingerprinted URLs only.
/// </summary>
public class CachingRulesTests(AuthorizationMatrixFactory factory) : IClassFixture<AuthorizationMatrixFactory>
{
    private const string CachedForAYear = "max-age=31536000, immutable";

    [Theory]
    [MemberData(nameof(AuthorizationMatrixTests.Rows), MemberType = typeof(AuthorizationMatrixTests))]
    public async Task MatrixRoute_EveryCaller_NoStore(string method, string route)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Method == method && r.Route == route);
        var stored = new List<string>();

        foreach (var caller in AuthorizationMatrix.Callers)
        {
            using var response = await MatrixRequests.SendAsync(factory.ClientFor(caller), row);
            if (response.Headers.CacheControl?.NoStore != true)
            {
                stored.Add($"{caller}: {(int)response.StatusCode} with Cache-Control '{response.Headers.CacheControl}'");
            }
        }

        Assert.True(stored.Count == 0, $"{row} ({row.Url}) lacks no-store:\n{string.Join('\n', stored)}");
    }

    [Fact]
    public async Task EveryStaticAsset_AnonymousOrSignedIn_FingerprintedCachedForAYear()
    {
        var assets = StaticAssets();
        var wrong = new List<string>();

        foreach (var caller in new[] { AuthorizationMatrix.Anonymous, PortalRoles.MepStaff })
        {
            var client = factory.ClientFor(caller);
            foreach (var asset in assets)
            {
                using var response = await client.GetAsync(new Uri("/" + asset.Route, UriKind.Relative));
                var cacheControl = response.Headers.CacheControl;
                var right = asset.IsFingerprinted
                    ? cacheControl?.ToString() == CachedForAYear
                    : cacheControl is { NoStore: false } && (cacheControl.NoCache || (cacheControl.MustRevalidate && cacheControl.MaxAge <= TimeSpan.FromHours(1)));
                if (response.StatusCode != HttpStatusCode.OK || !right)
                {
                    wrong.Add($"{caller} /{asset.Route}: {(int)response.StatusCode}, Cache-Control '{cacheControl}'");
                }
            }
        }

        Assert.Contains(assets, a => a.IsFingerprinted && a.Route.StartsWith("lib/uswds/css/uswds.min.", StringComparison.Ordinal));
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {assets.Count * 2} asset responses:\n{string.Join('\n', wrong.Take(30))}");
    }

    [Theory]
    [InlineData(AuthorizationMatrix.Anonymous, "/")]
    [InlineData(AuthorizationMatrix.Anonymous, "/account/notice")]
    [InlineData(PortalRoles.MepStaff, "/search")]
    [InlineData(PortalRoles.MepStaff, "/account/password")]
    public async Task Page_LinksOnlyFingerprintedAssets(string caller, string path)
    {
        var fingerprinted = StaticAssets().Where(a => a.IsFingerprinted).Select(a => "/" + a.Route).ToHashSet(StringComparer.Ordinal);
        var page = await HtmlPage.GetAsync(factory.ClientFor(caller), path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var links = page.Document.QuerySelectorAll("link[href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(url => url.StartsWith('/'))
            .ToList();

        Assert.Contains(links, url => url.StartsWith("/lib/uswds/css/", StringComparison.Ordinal));
        Assert.All(links, url => Assert.Contains(url, fingerprinted));
    }

    private sealed record StaticAsset(string Route, bool IsFingerprinted);

    /// <summary>Every route MapStaticAssets serves (one per file, and one per file's fingerprinted name).</summary>
    private List<StaticAsset> StaticAssets() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>())
            .OfType<StaticAssetDescriptor>()
            .GroupBy(descriptor => descriptor.Route, StringComparer.Ordinal)
            .Select(route => new StaticAsset(route.Key, route.Any(d => d.Properties.Any(p => p.Name == "fingerprint"))))
            .ToList();
}
