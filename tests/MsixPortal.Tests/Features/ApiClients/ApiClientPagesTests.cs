using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Features.Submissions.Api;
using MsixPortal.Tests.Features.Submissions;
using MsixPortal.Tests.Features.Submissions.Api;
using MsixPortal.TestSupport;
using TestStudent = MsixPortal.Tests.Features.Submissions.TestStudent;

namespace MsixPortal.Tests.Features.ApiClients;

/// <summary>The API clients page: create (secret shown once, stored hashed), rotate secrets, revoke (then 401 at once), State scope.</summary>
public class ApiClientPagesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<HtmlPage> CreateAsync(HttpClient browser, string name, string? state = null)
    {
        var form = (await HtmlPage.GetAsync(browser, "/admin/api-clients")).Form("/admin/api-clients").Set("Input.Name", name);
        if (state is not null)
        {
            form.Set("Input.StateCode", state);
        }
        return await form.SubmitAsync(browser);
    }

    [Fact]
    public async Task Create_DataAdministrator_ShowsSecretOnceStoresOnlyItsHashAndTheApiAcceptsIt()
    {
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await CreateAsync(browser, "TX student system");

        var (clientId, secret) = (page.Text("[data-testid=client-id]"), page.Text("[data-testid=client-secret]"));
        Assert.True(secret.Length >= 43);
        var stored = await factory.QueryAsync(db => db.ApiClients.SingleAsync());
        var storedSecret = await factory.QueryAsync(db => db.ApiClientSecrets.SingleAsync());
        Assert.Equal(("TX", clientId, ApiClientSecrets.Hash(secret)), (stored.StateCode, stored.ClientId, storedSecret.SecretHash));
        Assert.DoesNotContain(secret, (await HtmlPage.GetAsync(browser, "/admin/api-clients")).Document.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", await TestApiClient.TokenAsync(factory.CreateClient(), clientId, secret));
        var response = await api.PostAsync(new Uri("/api/v1/submissions?dryRun=true", UriKind.Relative),
            TestApiClient.Content(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")])));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Create_DataAdministratorNamingAnotherState_CreatesForOwnState()
    {
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        await CreateAsync(browser, "sneaky", state: "CA");

        Assert.Equal("TX", (await factory.QueryAsync(db => db.ApiClients.SingleAsync())).StateCode);
    }

    [Fact]
    public async Task Create_NationalAdministrator_CreatesForChosenState()
    {
        var browser = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var page = await CreateAsync(browser, "CA system", state: "CA");

        Assert.StartsWith("msix-CA-", page.Text("[data-testid=client-id]"), StringComparison.Ordinal);
        Assert.Equal("CA", (await factory.QueryAsync(db => db.ApiClients.SingleAsync())).StateCode);
    }

    [Fact]
    public async Task Revoke_OwnStatesClient_ApiRefusesItAfterwards()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var form = (await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/revoke")).Form($"/admin/api-clients/{client.Id}/revoke");

        var revoked = await form.SubmitAsync(browser);

        Assert.Equal("/admin/api-clients", revoked.LocationPath());
        var response = await client.CreateHttpClient(factory).GetAsync(new Uri($"/api/v1/submissions/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == "api-client.revoked")));
    }

    [Fact]
    public async Task Revoke_OtherStatesClient_Forbidden()
    {
        var client = await TestApiClient.CreateAsync(factory, "CA");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var form = (await HtmlPage.GetAsync(browser, "/admin/api-clients")).Form("/admin/api-clients");

        var response = await form.PostAsync(browser, $"/admin/api-clients/{client.Id}/revoke");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null((await factory.QueryAsync(db => db.ApiClients.SingleAsync())).RevokedAt);
    }

    [Fact]
    public async Task Secrets_AddASecondThenRevokeTheFirst_BothWorkThenOnlyTheNewOneAndTheOldTokenStopsAtOnce()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var added = await (await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/secrets/new")).Form($"/admin/api-clients/{client.Id}/secrets").SubmitAsync(browser);
        var newSecret = added.Text("[data-testid=client-secret]");
        var newToken = await TestApiClient.TokenAsync(factory.CreateClient(), client.ClientId, newSecret);
        Assert.Equal(HttpStatusCode.NotFound, (await Read(newToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Read(client.Token)).StatusCode);
        var oldSecretId = await factory.QueryAsync(db => db.ApiClientSecrets.Where(s => s.ApiClientId == client.Id).MinAsync(s => s.Id));

        var revoked = await (await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/secrets/{oldSecretId}/revoke")).Form($"/admin/api-clients/{client.Id}/secrets/{oldSecretId}/revoke").SubmitAsync(browser);

        Assert.Equal("/admin/api-clients", revoked.LocationPath());
        Assert.Equal(HttpStatusCode.Unauthorized, (await Read(client.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Read(newToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await TestApiClient.RequestTokenAsync(factory.CreateClient(), client.ClientId, client.Secret)).StatusCode);
        Assert.Equal(2, await factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action.StartsWith("api-client.secret-"))));
    }

    [Fact]
    public async Task Secrets_ThirdActiveSecret_RefusedWithAMessage()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        await (await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/secrets/new")).Form($"/admin/api-clients/{client.Id}/secrets").SubmitAsync(browser);
        var form = (await HtmlPage.GetAsync(browser, "/admin/api-clients")).Form("/admin/api-clients");

        var third = await HtmlPage.LoadAsync(await form.PostAsync(browser, $"/admin/api-clients/{client.Id}/secrets"));

        Assert.Contains("already has 2 active secrets", third.Text("[data-testid=problem]"), StringComparison.Ordinal);
        Assert.Equal(2, await factory.QueryAsync(db => db.ApiClientSecrets.CountAsync(s => s.ApiClientId == client.Id && s.RevokedAt == null)));
    }

    [Fact]
    public async Task Secrets_RevokeTheOnlyActiveSecret_Refused()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var secretId = await factory.QueryAsync(db => db.ApiClientSecrets.Where(s => s.ApiClientId == client.Id).Select(s => s.Id).SingleAsync());
        var form = (await HtmlPage.GetAsync(browser, "/admin/api-clients")).Form("/admin/api-clients");

        await form.PostAsync(browser, $"/admin/api-clients/{client.Id}/secrets/{secretId}/revoke");

        Assert.Equal(HttpStatusCode.NotFound, (await Read(client.Token)).StatusCode);
    }

    private Task<HttpResponseMessage> Read(string token)
    {
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return http.GetAsync(new Uri($"/api/v1/submissions/{Guid.NewGuid()}", UriKind.Relative));
    }
}
