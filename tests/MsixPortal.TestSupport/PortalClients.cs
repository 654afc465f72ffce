using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace MsixPortal.TestSupport;

/// <summary>
/// Test browsers: https clients with a cookie jar the test can read (to replay a cookie from
/// another client, or compare values before and after sign-in). Redirects are not followed.
/// </summary>
public static class PortalClients
{
    public static readonly Uri BaseAddress = new("https://localhost");
    private static readonly ConditionalWeakTable<HttpClient, CookieContainer> Jars = new();

    public static HttpClient Create(PortalAppFactory factory)
    {
        var jar = new CookieContainer();
        var client = factory.CreateDefaultClient(BaseAddress, new CookieContainerHandler(jar));
        Jars.Add(client, jar);
        return client;
    }

    /// <summary>The Cookie header this client would send.</summary>
    public static string CookieHeader(HttpClient client) => Jar(client).GetCookieHeader(BaseAddress);

    /// <summary>The value of one cookie in this client's jar, or null.</summary>
    public static string? Cookie(HttpClient client, string name) => Jar(client).GetCookies(BaseAddress)[name]?.Value;

    private static CookieContainer Jar(HttpClient client) =>
        Jars.TryGetValue(client, out var jar) ? jar : throw new InvalidOperationException("Not a client from PortalClients.Create.");
}
