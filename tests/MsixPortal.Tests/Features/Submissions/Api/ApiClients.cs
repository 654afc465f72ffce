using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Features.Submissions.Api;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>A State system's side of the API: a stored client, and an HttpClient that authenticates as it.</summary>
internal sealed record TestApiClient(long Id, string ClientId, string Secret)
{
    public HttpClient CreateHttpClient(PortalAppFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = Basic(ClientId, Secret);
        return client;
    }

    public static AuthenticationHeaderValue Basic(string clientId, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{clientId}:{secret}")));

    public static async Task<TestApiClient> CreateAsync(PortalAppFactory factory, string state = "TX")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var (client, secret) = ApiClientSecrets.NewClient(state, "State system", DateTime.UtcNow, createdByUserId: null);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        return new TestApiClient(client.Id, client.ClientId, secret);
    }

    public static ByteArrayContent Content(byte[] file, string mediaType = "application/xml")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
