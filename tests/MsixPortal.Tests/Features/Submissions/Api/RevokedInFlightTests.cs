using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;
using Npgsql;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>
/// security.md (issue 17, second probe): an API submission already being applied when its client or
/// secret is revoked must not commit. The submission is held inside its transaction by the State's
/// advisory lock, taken here first; the revocation commits meanwhile; then the lock is released.
/// </summary>
public class RevokedInFlightTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Post_ClientRevokedOnThePageWhileTheFileIsApplied_NothingCommitted401()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var revokeForm = (await HtmlPage.GetAsync(admin, $"/admin/api-clients/{client.Id}/revoke")).Form($"/admin/api-clients/{client.Id}/revoke");

        var response = await WhileHeldAsync(client, () => revokeForm.SubmitAsync(admin));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.StateStudentRecords.CountAsync()));
    }

    [Fact]
    public async Task Post_SecretRevokedWhileTheFileIsApplied_NothingCommitted()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");

        var response = await WhileHeldAsync(client, () => factory.QueryAsync(db => db.ApiClientSecrets
            .Where(s => s.ApiClientId == client.Id).ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, DateTime.UtcNow))));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Post_NothingRevokedWhileHeld_Committed201()
    {
        var client = await TestApiClient.CreateAsync(factory, "TX");

        var response = await WhileHeldAsync(client, () => Task.CompletedTask);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.StateStudentRecords.CountAsync()));
    }

    /// <summary>Posts a file, holds it at the State's advisory lock inside its transaction, runs <paramref name="meanwhile"/>, lets it go.</summary>
    private async Task<HttpResponseMessage> WhileHeldAsync(TestApiClient client, Func<Task> meanwhile)
    {
        await using var holder = new NpgsqlConnection(factory.ConnectionString);
        await holder.OpenAsync();
        await Execute(holder, "SELECT pg_advisory_lock(hashtext('submission:TX'))");
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]);
        var posting = client.CreateHttpClient(factory).PostAsync(new Uri("/api/v1/submissions", UriKind.Relative), TestApiClient.Content(file));
        await WaitForLockWaiterAsync(holder);
        await meanwhile();
        await Execute(holder, "SELECT pg_advisory_unlock(hashtext('submission:TX'))");
        return await posting;
    }

    private static async Task WaitForLockWaiterAsync(NpgsqlConnection holder)
    {
        for (var i = 0; i < 300; i++)
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted", holder);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("The submission never reached the State's advisory lock.");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
