using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace MsixPortal.Bench;

/// <summary>
/// One signed-in user over HTTP: the system-use notice, password and TOTP code through the real
/// pages, then a cookie-carrying client that many concurrent requests can share.
/// </summary>
public sealed partial class PortalSession : IDisposable
{
    private readonly HttpClient _client;
    private readonly LoopbackCookieHandler _cookies;

    private PortalSession(HttpClient client, LoopbackCookieHandler cookies) => (_client, _cookies) = (client, cookies);

    /// <summary>The signed-in session's Cookie header.</summary>
    public string CookieHeader => _cookies.CookieHeader;

    public HttpClient Client => _client;

    /// <summary>The cookies the portal set (name, value), e.g. to hand the session to a browser.</summary>
    public IReadOnlyDictionary<string, string> Cookies => _cookies.Cookies;

    public static async Task<PortalSession> SignInAsync(Uri baseUrl, string email, string password, string totpKey)
    {
        var handler = new LoopbackCookieHandler(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            MaxConnectionsPerServer = 256,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
        });
        var session = new PortalSession(new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(2) }, handler);
        await session.PostFormAsync("/account/notice", "/account/notice", []);
        await session.PostFormAsync("/account/signin", "/account/signin", [new("Email", email), new("Password", password)]);
        // A code is accepted once: if an earlier run used this step's code, wait for the next step.
        var totp = new Totp(Base32Encoding.ToBytes(totpKey));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var done = await session.PostFormAsync("/account/signin/code", "/account/signin/code", [new("Code", totp.ComputeTotp(DateTime.UtcNow))]);
            if (done.StatusCode == HttpStatusCode.Redirect && done.Headers.Location?.OriginalString.StartsWith("/account", StringComparison.Ordinal) != true)
            {
                return session;
            }
            await Task.Delay(TimeSpan.FromSeconds(totp.RemainingSeconds() + 1));
        }
        session.Dispose();
        throw new InvalidOperationException("Sign-in failed at the code step.");
    }

    /// <summary>The antiforgery token of the form on <paramref name="pageUrl"/> (tokens are per user, reusable).</summary>
    public async Task<string> FormTokenAsync(string pageUrl)
    {
        var html = await _client.GetStringAsync(new Uri(pageUrl, UriKind.Relative));
        var match = TokenField().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["token"].Value)
            : throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
    }

    /// <summary>GETs <paramref name="pageUrl"/> for its token, then POSTs the fields with it to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await FormTokenAsync(pageUrl);
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await _client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenField();
}
