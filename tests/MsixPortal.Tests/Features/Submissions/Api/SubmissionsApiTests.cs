using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>POST and GET /api/v1/submissions: bearer tokens and scopes, status codes, idempotency keys, State scope, formats, paged errors.</summary>
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
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
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
    public async Task Post_UnknownBearerToken_Unauthorized401ProblemWithBearerChallenge()
    {
        await TestApiClient.CreateAsync(factory);
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");

        var response = await http.PostAsync(Submissions, TestApiClient.Content(Xml()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Post_HttpBasicWithTheClientSecret_Unauthorized()
    {
        var client = await TestApiClient.CreateAsync(factory);
        var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = TestApiClient.Basic(client.ClientId, client.Secret);

        var response = await http.PostAsync(Submissions, TestApiClient.Content(Xml()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Post_TokenOfClientRevokedAfterItWasIssued_UnauthorizedAtOnce()
    {
        var client = await TestApiClient.CreateAsync(factory);
        await factory.QueryAsync(db => db.ApiClients.Where(c => c.Id == client.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.RevokedAt, DateTime.UtcNow)));

        var response = await client.CreateHttpClient(factory).PostAsync(Submissions, TestApiClient.Content(Xml()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ReadOnlyToken_Forbidden403InsufficientScope()
    {
        var http = (await TestApiClient.CreateAsync(factory, scope: "submissions:read")).CreateHttpClient(factory);

        var response = await http.PostAsync(Submissions, TestApiClient.Content(Xml()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("insufficient_scope", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task Get_WriteOnlyToken_Forbidden403()
    {
        var http = (await TestApiClient.CreateAsync(factory, scope: "submissions:write")).CreateHttpClient(factory);
        var location = (await http.PostAsync(Submissions, TestApiClient.Content(Xml()))).Headers.Location!;

        var response = await http.GetAsync(location);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_FileRejectedWhole_Unprocessable422ProblemDetailsWithTheResult()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        var otherStatesFile = SubmissionFiles.XmlBytes("CA", [TestStudent.Child("CA", "C1")]);

        var response = await http.PostAsync(Submissions, TestApiClient.Content(otherStatesFile));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        var submission = problem.GetProperty("submission");
        Assert.Equal("Rejected", submission.GetProperty("status").GetString());
        Assert.Equal(0, submission.GetProperty("counts").GetProperty("inserted").GetInt32());
        Assert.Null(response.Headers.Location);
        Assert.Equal(0, await factory.QueryAsync(db => db.StateStudentRecords.CountAsync()));
    }

    [Fact]
    public async Task Post_FileRejectedWholeSentAgain_Unprocessable422Again()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        var otherStatesFile = SubmissionFiles.XmlBytes("CA", [TestStudent.Child("CA", "C1")]);
        await http.PostAsync(Submissions, TestApiClient.Content(otherStatesFile));

        var again = await http.PostAsync(Submissions, TestApiClient.Content(otherStatesFile));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("submission").GetProperty("replayed").GetBoolean());
    }

    [Fact]
    public async Task Get_ManyRejectedStudents_ErrorsPagedInFileOrderWithElementAndReason()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        var students = Enumerable.Range(1, 5).Select(i => TestStudent.Child("TX", $"B{i}").Set("Sex", "F")).ToList();
        var location = (await http.PostAsync(Submissions, TestApiClient.Content(SubmissionFiles.XmlBytes("TX", students)))).Headers.Location!;

        var second = await http.GetFromJsonAsync<JsonElement>(new Uri($"{location}?page=2&pageSize=2", UriKind.Relative));

        var errors = second.GetProperty("errors");
        Assert.Equal([3, 4], errors.EnumerateArray().Select(e => e.GetProperty("position").GetInt32()));
        Assert.All(errors.EnumerateArray(), e => Assert.Equal("Sex", e.GetProperty("elementName").GetString()));
        Assert.All(errors.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("problem").GetString())));
        var page = second.GetProperty("errorPage");
        Assert.Equal((2, 2, 5, 3), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(),
            page.GetProperty("totalErrors").GetInt32(), page.GetProperty("totalPages").GetInt32()));
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
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("2", "0"), (Header(third, "RateLimit-Limit"), Header(third, "RateLimit-Remaining")));
        Assert.True(int.Parse(Header(third, "RateLimit-Reset"), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
    }

    [Fact]
    public async Task Post_WithinTheLimit_RateLimitHeadersCountDown()
    {
        var http = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        var uri = new Uri("/api/v1/submissions?dryRun=true", UriKind.Relative);

        var first = await http.PostAsync(uri, TestApiClient.Content(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")])));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(("2", "1"), (Header(first, "RateLimit-Limit"), Header(first, "RateLimit-Remaining")));
    }

    [Fact]
    public async Task Post_AnotherClientOverItsLimit_DoesNotUseUpThisClientsAllowance()
    {
        var uri = new Uri("/api/v1/submissions?dryRun=true", UriKind.Relative);
        var file = SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1")]);
        var busy = (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        for (var i = 0; i < 3; i++)
        {
            await busy.PostAsync(uri, TestApiClient.Content(file));
        }

        var other = await (await TestApiClient.CreateAsync(factory)).CreateHttpClient(factory).PostAsync(uri, TestApiClient.Content(file));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
