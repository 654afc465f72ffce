using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace MsixPortal.Infrastructure.Security;

/// <summary>
/// Behind a load balancer or TLS-terminating proxy every request comes from the proxy, so per-IP
/// rate limits and the client IP of audit rows and 403 logs (security.md 29, 31) would all see one
/// address. <c>ForwardedHeaders:KnownProxies</c> (comma-separated addresses) names the proxies whose
/// X-Forwarded-For / X-Forwarded-Proto are believed; with none configured the headers are ignored,
/// so a client cannot choose its own address.
/// </summary>
public static class TrustedProxies
{
    public const string SettingName = "ForwardedHeaders:KnownProxies";

    public static void Configure(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        // The defaults trust loopback; only what the operator names is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        var proxies = (configuration[SettingName] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(IPAddress.Parse)
            .ToList();
        foreach (var proxy in proxies)
        {
            options.KnownProxies.Add(proxy);
        }
        options.ForwardedHeaders = proxies.Count > 0
            ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
            : ForwardedHeaders.None;
    }
}
