using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Features.Submissions.Api;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>
/// A State system's side of the API: a stored client, a bearer token it got from the real token
/// endpoint, and an HttpClient that sends that token.
/// </summary>
internal sealed record TestApiClient(long Id, string ClientId, string Secret, string Token)
{
    public static readonly Uri TokenEndpoint = new("/api/v1/oauth/token", UriKind.Relative);

    public HttpClient CreateHttpClient(PortalAppFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return client;
    }

    public static AuthenticationHeaderValue Basic(string clientId, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));

    /// <summary>A new client of <paramref name="state"/> and a token for <paramref name="scope"/> (null: every scope).</summary>
    public static async Task<TestApiClient> CreateAsync(PortalAppFactory factory, string state = "TX", string? scope = null)
    {
        var (id, clientId, secret) = await StoreAsync(factory, state);
        var token = await TokenAsync(factory.CreateClient(), clientId, secret, scope);
        return new TestApiClient(id, clientId, secret, token);
    }

    /// <summary>A new client of <paramref name="state"/> in the portal's database, and its secret (no token yet).</summary>
    public static async Task<(long Id, string ClientId, string Secret)> StoreAsync(PortalAppFactory factory, string state)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var (client, secret) = ApiClientSecrets.NewClient(state, "State system", DateTime.UtcNow, createdByUserId: null);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        return (client.Id, client.ClientId, secret);
    }

    /// <summary>POSTs a client credentials request with HTTP Basic, as RFC 6749 §4.4 has it.</summary>
    public static async Task<HttpResponseMessage> RequestTokenAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, TokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = Basic(clientId, secret);
        return await http.SendAsync(request);
    }

    public static async Task<string> TokenAsync(HttpClient http, string clientId, string secret, string? scope = null)
    {
        var response = await RequestTokenAsync(http, clientId, secret, scope);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    public static ByteArrayContent Content(byte[] file, string mediaType = "application/xml")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
