using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Tests.Features.Submissions;
using MsixPortal.Tests.Features.Submissions.Api;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.ApiClients;

/// <summary>
/// Adding a secret, revoking a secret and revoking a client: the GET page says what will happen and
/// changes nothing (no secret made or shown, no audit event); posting it makes the change, audits it and
/// says what was done.
/// </summary>
public class ApiClientConfirmationTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> AuditCountAsync(string action) => factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == action));

    private Task<int> ActiveSecretsAsync(long clientId) =>
        factory.QueryAsync(db => db.ApiClientSecrets.CountAsync(s => s.ApiClientId == clientId && s.RevokedAt == null));

    [Fact]
    public async Task ConfirmRevoke_Get_SaysWhatWillHappenAndChangesNothing()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/revoke");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"{client.ClientId} and all its secrets will stop working", page.Text("[data-testid=what-happens]"), StringComparison.Ordinal);
        Assert.Equal("Revoke the client", page.Text("[data-testid=confirm]"));
        Assert.Null((await factory.QueryAsync(db => db.ApiClients.SingleAsync())).RevokedAt);
        Assert.Equal(0, await AuditCountAsync("api-client.revoked"));
    }

    [Fact]
    public async Task ConfirmRevoke_Posted_RevokesAuditsAndSaysSo()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var confirm = await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/revoke");

        var posted = await confirm.Form($"/admin/api-clients/{client.Id}/revoke").SubmitAsync(browser);

        var result = await HtmlPage.GetAsync(browser, posted.Location!.OriginalString);
        Assert.Equal("The client was revoked: its secrets and tokens stopped working.", result.Text("[data-testid=result]"));
        Assert.NotNull((await factory.QueryAsync(db => db.ApiClients.SingleAsync())).RevokedAt);
        Assert.Equal(1, await AuditCountAsync("api-client.revoked"));
    }

    [Fact]
    public async Task ConfirmAddSecret_Get_ShowsNoSecretAndMakesNone()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/secrets/new");

        Assert.Contains("shown once on the next page", page.Text("[data-testid=what-happens]"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("[data-testid=client-secret]"));
        Assert.Equal(1, await ActiveSecretsAsync(client.Id));
        Assert.Equal(0, await AuditCountAsync("api-client.secret-added"));
    }

    [Fact]
    public async Task ConfirmAddSecret_Posted_AddsShowsItOnceAndAudits()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var confirm = await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/secrets/new");

        var added = await confirm.Form($"/admin/api-clients/{client.Id}/secrets").SubmitAsync(browser);

        Assert.Equal("New secret added", added.Text("h1"));
        var secret = added.Text("[data-testid=client-secret]");
        Assert.Equal(HttpStatusCode.OK, (await TestApiClient.RequestTokenAsync(factory.CreateClient(), client.ClientId, secret)).StatusCode);
        Assert.Equal(2, await ActiveSecretsAsync(client.Id));
        Assert.Equal(1, await AuditCountAsync("api-client.secret-added"));
    }

    [Fact]
    public async Task ConfirmRevokeSecret_GetThenPost_FirstChangesNothingThenRevokesAuditsAndSaysSo()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        await (await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/secrets/new")).Form($"/admin/api-clients/{client.Id}/secrets").SubmitAsync(browser);
        var oldSecretId = await factory.QueryAsync(db => db.ApiClientSecrets.Where(s => s.ApiClientId == client.Id).MinAsync(s => s.Id));
        var path = $"/admin/api-clients/{client.Id}/secrets/{oldSecretId}/revoke";

        var confirm = await HtmlPage.GetAsync(browser, path);
        var activeAfterGet = await ActiveSecretsAsync(client.Id);
        var posted = await confirm.Form(path).SubmitAsync(browser);

        Assert.Contains("will stop working at once", confirm.Text("[data-testid=what-happens]"), StringComparison.Ordinal);
        Assert.Equal(2, activeAfterGet);
        Assert.Equal(1, await ActiveSecretsAsync(client.Id));
        Assert.Equal(1, await AuditCountAsync("api-client.secret-revoked"));
        var result = await HtmlPage.GetAsync(browser, posted.Location!.OriginalString);
        Assert.Equal("The secret was revoked: tokens obtained with it stopped working.", result.Text("[data-testid=result]"));
    }

    [Fact]
    public async Task ConfirmRevokeSecret_OnlyActiveSecret_SaysWhyAndOffersNoButton()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var secretId = await factory.QueryAsync(db => db.ApiClientSecrets.Where(s => s.ApiClientId == client.Id).Select(s => s.Id).SingleAsync());

        var page = await HtmlPage.GetAsync(browser, $"/admin/api-clients/{client.Id}/secrets/{secretId}/revoke");

        Assert.Contains("only active secret", page.Text("[data-testid=problem]"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("[data-testid=confirm]"));
    }

    [Fact]
    public async Task ConfirmRevoke_OtherStatesClient_Forbidden()
    {
        var client = await TestApiClient.CreateAsync(factory, "CA");
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var response = await browser.GetAsync(new Uri($"/admin/api-clients/{client.Id}/revoke", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
