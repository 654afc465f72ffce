using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Authorization;

/// <summary>
/// Checks run on every endpoint of the app, enumerated from the authorization matrix (which
/// AuthorizationMatrixTests keeps complete): security.md 22 (a forged token, or one issued to
/// another browser, gets 400; the matrix test covers no token at all) and 23/24 (security headers
/// on every response, no-store on every page behind sign-in).
/// </summary>
public class EveryEndpointTests(AuthorizationMatrixFactory factory) : IClassFixture<AuthorizationMatrixFactory>
{
    private const string TokenField = "__RequestVerificationToken";
    private static readonly string[] RequiredCspDirectives = ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];
    private static readonly string[] AllowedReferrerPolicies = ["no-referrer", "strict-origin-when-cross-origin"];

    // Rows where nobody passes authorization never reach the antiforgery check.
    public static TheoryData<string, string> StateChangingRows() =>
        RowsWhere(r => r.IsStateChanging && AllowedCaller(r) is not null);

    public static TheoryData<string, string> ReadRows() => RowsWhere(r => !r.IsStateChanging);

    [Theory]
    [MemberData(nameof(StateChangingRows))]
    public async Task Post_ForgedOrOtherBrowsersToken_BadRequest(string method, string route)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Method == method && r.Route == route);
        var caller = AllowedCaller(row)!;
        var otherBrowsersToken = await TokenOfAsync(caller == AuthorizationMatrix.Anonymous
            ? PortalRoles.NationalAdministrator : AuthorizationMatrix.Anonymous);

        var forged = await SendAsync(factory.ClientFor(caller), row, "CfDJ8forged-token-value");
        var foreign = await SendAsync(factory.ClientFor(caller), row, otherBrowsersToken);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
    }

    [Theory]
    [MemberData(nameof(ReadRows))]
    public async Task Get_AnonymousOrSignedIn_CarriesSecurityHeadersAndNoStore(string method, string route)
    {
        var row = AuthorizationMatrix.Rows.Single(r => r.Method == method && r.Route == route);

        using var anonymous = await factory.ClientFor(AuthorizationMatrix.Anonymous).GetAsync(new Uri(row.Url, UriKind.Relative));
        using var signedIn = await factory.ClientFor(PortalRoles.NationalAdministrator).GetAsync(new Uri(row.Url, UriKind.Relative));

        AssertSecurityHeaders(anonymous);
        AssertSecurityHeaders(signedIn);
        Assert.True(signedIn.Headers.CacheControl?.NoStore, $"{row.Url} lacks Cache-Control: no-store");
    }

    [Fact]
    public async Task StaticFile_Anonymous_CarriesSecurityHeaders()
    {
        using var response = await factory.ClientFor(AuthorizationMatrix.Anonymous).GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var url = response.RequestMessage!.RequestUri;
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), $"{url}: no HSTS");
        var maxAge = System.Text.RegularExpressions.Regex.Match(hsts.Single(), @"^max-age=(\d+); includeSubDomains");
        Assert.True(maxAge.Success && long.Parse(maxAge.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 31_536_000,
            $"{url}: HSTS {hsts.Single()}");
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.All(RequiredCspDirectives,
            directive => Assert.Contains(directive, csp, StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains(response.Headers.GetValues("Referrer-Policy").Single(), AllowedReferrerPolicies);
    }

    private static TheoryData<string, string> RowsWhere(Func<MatrixRow, bool> predicate)
    {
        var data = new TheoryData<string, string>();
        foreach (var row in AuthorizationMatrix.Rows.Where(predicate))
        {
            data.Add(row.Method, row.Route);
        }
        return data;
    }

    private static string? AllowedCaller(MatrixRow row) =>
        AuthorizationMatrix.Callers.FirstOrDefault(c => row.Expected[c] == MatrixOutcome.Allow);

    private async Task<string> TokenOfAsync(string caller)
    {
        var path = caller == AuthorizationMatrix.Anonymous ? "/account/notice" : "/account";
        var page = await HtmlPage.GetAsync(factory.ClientFor(caller), path);
        return page.Document.Forms.Select(form => new HtmlForm(form)[TokenField]).FirstOrDefault(token => token is not null) ?? throw new InvalidOperationException($"No antiforgery token on {path}");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, MatrixRow row, string token)
    {
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(row.Url, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent([new(TokenField, token)]),
        };
        return await client.SendAsync(request);
    }
}
