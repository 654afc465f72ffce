using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>
/// issue 24 (in part): a C# client generated from the served description with NSwag compiles (Roslyn).
/// Not yet: the full scenario through it (token, submit, status, dry run, idempotency); see the report.
/// The generated code is written to test-output/generated-client.
/// </summary>
public class GeneratedClientTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static readonly string[] Operations = ["RequestTokenAsync", "SubmitFileAsync", "GetSubmissionAsync"];

    [Fact]
    public async Task GeneratedClient_FromTheServedDescription_CompilesWithEveryOperation()
    {
        var json = await factory.CreateClient().GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

        var (assembly, code) = await GeneratedClient.BuildAsync(json);

        var directory = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "test-output", "generated-client"));
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, "MsixClient.cs"), code);
        var client = assembly.GetType($"{GeneratedClient.Namespace}.{GeneratedClient.ClientClass}")!;
        Assert.All(Operations, name => Assert.Contains(client.GetMethods(), m => m.Name == name));
    }
}
