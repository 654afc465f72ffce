using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Features.Submissions.Api;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>POST /api/v1/oauth/token: OAuth 2.0 client credentials (RFC 6749 §4.4) against the real portal and PostgreSQL.</summary>
public class OAuthTokenTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    private static readonly Uri Submissions = new("/api/v1/submissions?dryRun=true", UriKind.Relative);

    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static ByteArrayContent File() =>
        TestApiClient.Content(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]));

    [Fact]
    public async Task Token_ClientCredentialsWithHttpBasic_BearerTokenForAnHourStoredOnlyAsHash()
    {
        var client = await TestApiClient.CreateAsync(factory);

        var response = await TestApiClient.RequestTokenAsync(factory.CreateClient(), client.ClientId, client.Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.InRange(body.GetProperty("expires_in").GetInt32(), 1, 3600);
        Assert.Equal("submissions:write submissions:read", body.GetProperty("scope").GetString());
        var token = body.GetProperty("access_token").GetString()!;
        var stored = await factory.QueryAsync(db => db.ApiAccessTokens.Where(t => t.ApiClientId == client.Id).ToListAsync());
        Assert.Contains(stored, t => t.TokenHash == ApiClientSecrets.Hash(token) && t.ExpiresAt - t.IssuedAt <= TimeSpan.FromHours(1));
        Assert.DoesNotContain(stored, t => t.TokenHash == token);
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync(Submissions, File())).StatusCode);
    }

    [Fact]
    public async Task Token_ClientIdAndSecretInTheForm_Issued()
    {
        var client = await TestApiClient.CreateAsync(factory);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = client.ClientId, ["client_secret"] = client.Secret,
            ["scope"] = "submissions:read",
        });

        var response = await factory.CreateClient().PostAsync(TestApiClient.TokenEndpoint, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("submissions:read", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Token_WrongSecret_401InvalidClientAuditedWithoutTheSecret()
    {
        var client = await TestApiClient.CreateAsync(factory);

        var response = await TestApiClient.RequestTokenAsync(factory.CreateClient(), client.ClientId, "wrong-secret-value");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal("invalid_client", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        var refused = await factory.QueryAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "api-token.refused"));
        Assert.Equal((client.ClientId, "invalid_client", "TX"), (refused.TargetId, refused.Detail, refused.StateCode));
        Assert.False(await factory.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.Detail!.Contains("wrong-secret-value"))));
    }

    [Fact]
    public async Task Token_UnknownScope_400InvalidScope()
    {
        var client = await TestApiClient.CreateAsync(factory);

        var response = await TestApiClient.RequestTokenAsync(factory.CreateClient(), client.ClientId, client.Secret, "records:delete");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_scope", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_PasswordGrant_400UnsupportedGrantType()
    {
        var client = await TestApiClient.CreateAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, TestApiClient.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" }),
        };
        request.Headers.Authorization = TestApiClient.Basic(client.ClientId, client.Secret);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Token_RevokedClient_401()
    {
        var client = await TestApiClient.CreateAsync(factory);
        await factory.QueryAsync(db => db.ApiClients.Where(c => c.Id == client.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, DateTime.UtcNow)));

        var response = await TestApiClient.RequestTokenAsync(factory.CreateClient(), client.ClientId, client.Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Api_ExpiredToken_Unauthorized()
    {
        var client = await TestApiClient.CreateAsync(factory);
        await factory.QueryAsync(db => db.ApiAccessTokens.Where(t => t.ApiClientId == client.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddSeconds(-1))));

        var response = await client.CreateHttpClient(factory).PostAsync(Submissions, File());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

/// <summary>The portal allowing 2 failed token requests per address per minute.</summary>
public sealed class TightTokenFailureFactory : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Submissions:TokenFailuresPerMinute"] = "2" };
}

public class OAuthTokenFailureLimitTests(TightTokenFailureFactory factory) : IClassFixture<TightTokenFailureFactory>
{
    [Fact]
    public async Task Token_AfterTooManyFailures_429WithRetryAfterEvenWithTheRightSecret()
    {
        var client = await TestApiClient.CreateAsync(factory);
        var http = factory.CreateClient();
        await TestApiClient.RequestTokenAsync(http, client.ClientId, "guess-1");
        await TestApiClient.RequestTokenAsync(http, client.ClientId, "guess-2");

        var response = await TestApiClient.RequestTokenAsync(http, client.ClientId, client.Secret);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(2, await factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == "api-token.refused" && e.TargetId == client.ClientId)));
    }
}
