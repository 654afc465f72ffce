using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>POST and GET /api/v1/submissions: API client authentication, idempotency keys, State scope, formats.</summary>
public class SubmissionsApiTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    private static readonly Uri Submissions = new("/api/v1/submissions", UriKind.Relative);

    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static byte[] Xml(string id = "A1", string state = "TX") => SubmissionFiles.XmlBytes(state, [TestStudent.Child(state, id)]);

    [Fact]
    public async Task Post_ValidXml_Created201WithResultAndLocation()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);

        var response = await http.PostAsync(Submissions, TestApiClient.Content(Xml()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Applied", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("counts").GetProperty("inserted").GetInt32());
        var submission = await factory.QueryAsync(db => db.Submissions.SingleAsync());
        Assert.Equal($"/api/v1/submissions/{submission.PublicId}", response.Headers.Location?.OriginalString);
        Assert.Equal(("api", "TX"), (submission.Channel, submission.StateCode));
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie");
    }

    [Fact]
    public async Task Post_JsonWithBadRow_ReportsErrors()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        var file = SubmissionFiles.JsonBytes("TX", [TestStudent.Child("TX", "A1"), TestStudent.Child("TX", "A2").Set("Sex", "F")]);

        var response = await http.PostAsync(Submissions, TestApiClient.Content(file, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, body.GetProperty("counts").GetProperty("rejected").GetInt32());
        var error = body.GetProperty("errors")[0];
        Assert.Equal((2, 9), (error.GetProperty("position").GetInt32(), error.GetProperty("elementNumber").GetInt32()));
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyAgain_ReturnsFirstResultAndAppliesOnce()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        using var first = new HttpRequestMessage(HttpMethod.Post, Submissions) { Content = TestApiClient.Content(Xml()) };
        first.Headers.Add("Idempotency-Key", "batch-7");
        var firstBody = await (await http.SendAsync(first)).Content.ReadFromJsonAsync<JsonElement>();
        using var again = new HttpRequestMessage(HttpMethod.Post, Submissions) { Content = TestApiClient.Content(Xml()) };
        again.Headers.Add("Idempotency-Key", "batch-7");

        var response = await http.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("replayed").GetBoolean());
        Assert.Equal(firstBody.GetProperty("id").GetGuid(), body.GetProperty("id").GetGuid());
        Assert.Equal(1, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Post_SameKeyDifferentFile_Conflict409AndNothingApplied()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        using var first = new HttpRequestMessage(HttpMethod.Post, Submissions) { Content = TestApiClient.Content(Xml("A1")) };
        first.Headers.Add("Idempotency-Key", "batch-8");
        await http.SendAsync(first);
        using var other = new HttpRequestMessage(HttpMethod.Post, Submissions) { Content = TestApiClient.Content(Xml("A9")) };
        other.Headers.Add("Idempotency-Key", "batch-8");

        var response = await http.SendAsync(other);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.StateStudentRecords.CountAsync()));
    }

    [Fact]
    public async Task Post_IdempotencyKeyTooLong_BadRequest()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, Submissions) { Content = TestApiClient.Content(Xml()) };
        request.Headers.Add("Idempotency-Key", new string('k', 101));

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Post_DryRun_ReportsAndStoresNothing()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);

        var response = await http.PostAsync(new Uri("/api/v1/submissions?dryRun=true", UriKind.Relative), TestApiClient.Content(Xml()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dryRun").GetBoolean());
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Get_OwnStatesSubmission_ReturnsStatusAndErrors()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1").Set("Sex", "F")]);
        var location = (await http.PostAsync(Submissions, TestApiClient.Content(file))).Headers.Location!;

        var body = await http.GetFromJsonAsync<JsonElement>(location);

        Assert.Equal("Applied", body.GetProperty("status").GetString());
        Assert.Equal(1, body.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Get_OtherStatesSubmission_NotFound()
    {
        var result = await factory.SubmitAsync(Xml("C1", "CA"), state: "CA");
        var http = (await TestApiClient.CreateAsync(factory, "TX")).CreateHttpClient(factory);

        var response = await http.GetAsync(new Uri($"/api/v1/submissions/{result.PublicId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_WrongSecret_Unauthorized()
    {
        var client = await TestApiClient.CreateAsync(factory);
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = TestApiClient.Basic(client.ClientId, client.Secret + "x");

        var response = await http.PostAsync(Submissions, TestApiClient.Content(Xml()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Basic", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Post_RevokedClient_Unauthorized()
    {
        var client = await TestApiClient.CreateAsync(factory);
        await factory.QueryAsync(db => db.ApiClients.Where(c => c.Id == client.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, DateTime.UtcNow)));

        var response = await client.CreateHttpClient(factory).PostAsync(Submissions, TestApiClient.Content(Xml()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_PortalCookieOfDataAdministrator_Unauthorized()
    {
        var browser = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var response = await browser.PostAsync(Submissions, TestApiClient.Content(Xml()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Post_PlainText_UnsupportedMediaType()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);

        var response = await http.PostAsync(Submissions, TestApiClient.Content(Xml(), "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_Anonymous_ListsTheSubmissionEndpointsOnly()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/submissions").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/submissions/{id}").TryGetProperty("get", out _));
        Assert.All(paths.EnumerateObject(), p => Assert.StartsWith("/api/", p.Name, StringComparison.Ordinal));
    }
}

/// <summary>The portal with 2 API requests per client per minute.</summary>
public sealed class TightApiLimitFactory : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Submissions:ApiRequestsPerMinute"] = "2" };
}

public class SubmissionsApiRateLimitTests(TightApiLimitFactory factory) : IClassFixture<TightApiLimitFactory>
{
    [Fact]
    public async Task Post_OverTheLimit_TooManyRequestsWithRetryAfter()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        var uri = new Uri("/api/v1/submissions?dryRun=true", UriKind.Relative);
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]);
        await http.PostAsync(uri, TestApiClient.Content(file));
        await http.PostAsync(uri, TestApiClient.Content(file));

        var third = await http.PostAsync(uri, TestApiClient.Content(file));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter);
    }
}
