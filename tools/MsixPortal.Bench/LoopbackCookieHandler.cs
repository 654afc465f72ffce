using System.Collections.Concurrent;

namespace MsixPortal.Bench;

/// <summary>
/// Keeps the portal's cookies for a client on plain http://127.0.0.1. The portal's cookies are
/// Secure (__Host- prefix); browsers send them to loopback addresses, but .NET's CookieContainer
/// sends Secure cookies over https only. Good for a benchmark on this machine, nothing else.
/// </summary>
public sealed class LoopbackCookieHandler : DelegatingHandler
{
    private readonly ConcurrentDictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public LoopbackCookieHandler(HttpMessageHandler inner) : base(inner)
    {
    }

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    /// <summary>The Cookie header this client sends (e.g. for a scanner that should act as the same user).</summary>
    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!_cookies.IsEmpty)
        {
            request.Headers.Add("Cookie", CookieHeader);
        }
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                Remember(setCookie);
            }
        }
        return response;
    }

    private void Remember(string setCookie)
    {
        var pair = setCookie.Split(';', 2)[0];
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return;
        }
        var name = pair[..equals].Trim();
        var value = pair[(equals + 1)..].Trim();
        var expired = setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase);
        if (value.Length == 0 || expired)
        {
            _cookies.TryRemove(name, out _);
        }
        else
        {
            _cookies[name] = value;
        }
    }
}
