using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Features.Submissions.Api.Description;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>
/// issue 24: a C# client generated from the served description with NSwag (compiled with Roslyn) does what
/// a State system does, through its own methods only, against the portal and PostgreSQL: get a token,
/// dry-run a file, submit it with an Idempotency-Key, send it again (the first result, nothing applied
/// twice), see a different file under the same key refused, and read the submission's errors page by page.
/// The generated code is written to test-output/generated-client.
/// </summary>
public class GeneratedClientTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    private static readonly string[] Operations = ["RequestTokenAsync", "SubmitFileAsync", "GetSubmissionAsync"];

    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Assembly> GenerateAsync()
    {
        var json = await factory.CreateClient().GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));
        var (assembly, code) = await GeneratedClient.BuildAsync(json);
        var directory = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "test-output", "generated-client"));
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "MsixClient.cs"), code);
        return assembly;
    }

    [Fact]
    public async Task GeneratedClient_FromTheServedDescription_CompilesWithEveryOperation()
    {
        var assembly = await GenerateAsync();

        var client = assembly.GetType($"{GeneratedClient.Namespace}.{GeneratedClient.ClientClass}")!;
        Assert.All(Operations, name => Assert.Contains(client.GetMethods(), m => m.Name == name));
    }

    [Fact]
    public async Task GeneratedClient_TokenDryRunSubmitReplayAndPagedErrors_AsTheApiDescribes()
    {
        var assembly = await GenerateAsync();
        var (_, clientId, secret) = await TestApiClient.StoreAsync(factory, "TX");
        var http = factory.CreateClient();
        dynamic msix = Activator.CreateInstance(assembly.GetType($"{GeneratedClient.Namespace}.{GeneratedClient.ClientClass}")!, http)!;

        var token = await msix.RequestTokenAsync(Model(assembly, "RequestTokenAsync",
            new JsonObject { ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = "submissions:write submissions:read" }));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token.Access_token);
        var file = Model(assembly, "SubmitFileAsync", ExampleWithOneBadStudent());

        var dryRun = await msix.SubmitFileAsync(null, true, file);
        var submissionsAfterDryRun = await factory.QueryAsync(db => db.Submissions.CountAsync());
        var applied = await msix.SubmitFileAsync("nightly-2026-10-30", null, file);
        var replayed = await msix.SubmitFileAsync("nightly-2026-10-30", null, file);
        var otherFile = Model(assembly, "SubmitFileAsync", ExampleWithOneBadStudent(stateStudentId: "TX999999"));
        var conflict = await Assert.ThrowsAnyAsync<Exception>(() => (Task)msix.SubmitFileAsync("nightly-2026-10-30", null, otherFile));
        var firstPage = await msix.GetSubmissionAsync((Guid)applied.Id, 1, 1);
        var secondPage = await msix.GetSubmissionAsync((Guid)applied.Id, 2, 1);

        Assert.Equal(("Bearer", 3600), ((string)token.Token_type, (int)token.Expires_in));
        Assert.True((bool)dryRun.DryRun);
        Assert.Equal(0, submissionsAfterDryRun);
        Assert.Equal(("Applied", 1, 1), ((string)applied.Status, (int)applied.Counts.Inserted, (int)applied.Counts.Rejected));
        Assert.True((bool)replayed.Replayed);
        Assert.Equal((Guid)applied.Id, (Guid)replayed.Id);
        Assert.Equal(409, (int)((dynamic)conflict).StatusCode);
        Assert.Equal(1, await factory.QueryAsync(db => db.Submissions.CountAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.StateStudentRecords.CountAsync()));
        Assert.Equal(("Applied", 2, 2), ((string)firstPage.Status, (int)firstPage.ErrorPage.TotalErrors, (int)firstPage.ErrorPage.TotalPages));
        var errors = new[] { Single(firstPage.Errors), Single(secondPage.Errors) };
        Assert.All(errors, e => Assert.Equal(("2", "TX000124"), ((string)e.RecordNumber, (string)e.StateStudentId)));
        Assert.Equal(new int?[] { 9, 10 }, errors.Select(e => (int?)e.ElementNumber).Order());
    }

    /// <summary>
    /// The documented JSON example with its second student (a deletion) replaced by a new child whose
    /// sex and birth date are wrong: one student applied, one rejected with two errors.
    /// </summary>
    private static JsonNode ExampleWithOneBadStudent(string? stateStudentId = null)
    {
        var file = JsonNode.Parse(SubmissionFormatFiles.Read(SubmissionFormatFiles.JsonExample))!;
        var bad = new JsonObject();
        foreach (var (name, value) in file["students"]![0]!.AsObject().Where(p => p.Value is JsonValue))
        {
            bad[name] = value!.DeepClone();
        }
        (bad["recordNumber"], bad["stateStudentId"], bad["sex"], bad["birthDate"]) = ("2", "TX000124", "F", "20141399");
        file["students"]![1] = bad;
        if (stateStudentId is not null)
        {
            file["students"]![0]!["stateStudentId"] = stateStudentId;
        }
        return file;
    }

    /// <summary>An instance of the generated type of <paramref name="operation"/>'s body, read from JSON as the generated client would.</summary>
    private static dynamic Model(Assembly assembly, string operation, JsonNode json)
    {
        var client = assembly.GetType($"{GeneratedClient.Namespace}.{GeneratedClient.ClientClass}")!;
        var type = client.GetMethods().First(m => m.Name == operation).GetParameters()
            .Single(p => p.Name == "body").ParameterType;
        return JsonSerializer.Deserialize(json, type)!;
    }

    private static dynamic Single(dynamic errors) => Enumerable.Single((IEnumerable<object>)errors);
}
