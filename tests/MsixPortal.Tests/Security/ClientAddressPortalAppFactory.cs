using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security;

/// <summary>
/// The in-memory test server has no network peer, so RemoteIpAddress is null; Kestrel sets it from
/// the connection. This factory gives every request a fixed documentation address (RFC 5737).
/// </summary>
public class ClientAddressPortalAppFactory : ClockedPortalAppFactory
{
    public const string ClientIp = "203.0.113.7";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ClientIp);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The same, with that address configured as a trusted proxy that forwards the real client's.</summary>
public sealed class BehindProxyPortalAppFactory : ClientAddressPortalAppFactory
{
    public const string ForwardedClientIp = "198.51.100.23";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies"] = ClientIp };
}
