using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>
/// The README's State API section stays true: its curl commands, run as written (only the example host
/// replaced by the portal's real Kestrel address), get a token, submit the documented XML example and
/// read the result.
/// </summary>
public partial class ReadmeStateApiTests(KestrelPortalAppFactory portal) : IClassFixture<KestrelPortalAppFactory>
{
    private const string ExampleHost = "https://msix.example.gov";

    [Fact]
    public async Task ReadmeCurl_TokenSubmissionAndStatus_WorkAgainstThePortal()
    {
        var commands = await ReadmeCommandsAsync();
        var (_, clientId, secret) = await TestApiClient.StoreAsync(portal, "TX");
        var environment = new Dictionary<string, string> { ["CLIENT_ID"] = clientId, ["CLIENT_SECRET"] = secret };

        var tokenOutput = await BashAsync(commands[0], environment);
        environment["TOKEN"] = JsonDocument.Parse(tokenOutput).RootElement.GetProperty("access_token").GetString()!;
        var submitOutput = await BashAsync(commands[1], environment);
        environment["ID"] = LocationId().Match(submitOutput).Groups["id"].Value;
        var statusOutput = await BashAsync(commands[2], environment);

        Assert.Equal(3, commands.Count);
        Assert.StartsWith("HTTP/1.1 201", submitOutput, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f-]{36}$", environment["ID"]);
        var status = JsonDocument.Parse(statusOutput).RootElement;
        Assert.Equal(("Applied", 2), (status.GetProperty("status").GetString(), status.GetProperty("errorPage").GetProperty("page").GetInt32()));
    }

    /// <summary>The bash blocks of the README's State API section, with the portal's address for the example host.</summary>
    private async Task<List<string>> ReadmeCommandsAsync()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "README.md"));
        var start = readme.IndexOf("\n## State API", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        return BashBlock().Matches(section)
            .Select(m => m.Groups["code"].Value.Replace(ExampleHost, portal.BaseAddress.ToString().TrimEnd('/'), StringComparison.Ordinal))
            .ToList();
    }

    private static async Task<string> BashAsync(string command, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", ["-e", "-c", command])
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{command}\nexited {process.ExitCode}: {error}");
        return output;
    }

    [GeneratedRegex(@"```bash\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"(?im)^location: \S*/api/v1/submissions/(?<id>[0-9a-f-]{36})")]
    private static partial Regex LocationId();
}
