using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Infrastructure.Security;

public class SecurityHeadersTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    public static TheoryData<string> Paths => ["/"];

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

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        return await client.GetAsync(new Uri(path, UriKind.Relative));
    }
}
