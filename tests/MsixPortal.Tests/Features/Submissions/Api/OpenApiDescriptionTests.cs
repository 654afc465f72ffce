using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MsixPortal.DataElements;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Api;

/// <summary>
/// The served OpenAPI description as an integrator meets it: linted by Redocly's CLI with its
/// recommended rules (0 errors, 0 warnings), with security schemes, request bodies, operationIds and
/// the format's schemas served beside it.
/// </summary>
public class OpenApiDescriptionTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private async Task<string> DocumentAsync() =>
        await factory.CreateClient().GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

    [Fact]
    public async Task Description_RedoclyRecommendedRules_NoErrorsNoWarnings()
    {
        var directory = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "test-output", "openapi"));
        var document = Path.Combine(directory.FullName, "openapi.json");
        await File.WriteAllTextAsync(document, await DocumentAsync());

        var (exitCode, output) = await RedoclyLintAsync(document);

        var totals = JsonDocument.Parse(output).RootElement.GetProperty("totals");
        Assert.True(totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0,
            $"Redocly lint of {document}:\n{output}");
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public async Task Description_OperationsSecurityAndRequestBodies_AsIntegratorsExpect()
    {
        var root = JsonDocument.Parse(await DocumentAsync()).RootElement;

        var post = root.GetProperty("paths").GetProperty("/api/v1/submissions").GetProperty("post");
        Assert.Equal("submitFile", post.GetProperty("operationId").GetString());
        Assert.Equal("submissions:write", post.GetProperty("security")[0].GetProperty("oauth2")[0].GetString());
        var content = post.GetProperty("requestBody").GetProperty("content");
        Assert.Contains("/api/v1/schemas/submission.xsd", content.GetProperty("application/xml").GetProperty("schema").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("#/components/schemas/SubmissionFile", content.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("TX", content.GetProperty("application/json").GetProperty("example").GetProperty("header").GetProperty("stateCode").GetString());
        Assert.Equal("#/components/schemas/SubmissionRejectedProblem",
            post.GetProperty("responses").GetProperty("422").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
        var flow = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2").GetProperty("flows").GetProperty("clientCredentials");
        Assert.EndsWith("/api/v1/oauth/token", flow.GetProperty("tokenUrl").GetString(), StringComparison.Ordinal);
        Assert.False(root.GetProperty("servers")[0].GetProperty("url").GetString()!.EndsWith('/'));
        Assert.Equal("getSubmission", root.GetProperty("paths").GetProperty("/api/v1/submissions/{id}").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("requestToken", root.GetProperty("paths").GetProperty("/api/v1/oauth/token").GetProperty("post").GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task Xsd_ServedAtItsStableUrl_IsTheDocumentedOne()
    {
        var response = await factory.CreateClient().GetAsync(new Uri("/api/v1/schemas/submission.xsd", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "docs", "submissions", "submission.xsd")),
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task JsonSchema_Served_HasEveryElementOfTheCatalogueWithItsLength()
    {
        var schema = await factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/api/v1/schemas/submission.schema.json", UriKind.Relative));

        var defs = schema.GetProperty("$defs");
        var student = defs.GetProperty("SubmittedStudent").GetProperty("properties");
        foreach (var element in DataElementCatalogue.BySection(DataSection.Demographic))
        {
            var property = student.GetProperty(char.ToLowerInvariant(element.Key[0]) + element.Key[1..]);
            if (element.Type == DataType.Text)
            {
                Assert.Equal(element.MaxLength, property.GetProperty("maxLength").GetInt32());
            }
        }
        var enrollment = defs.GetProperty("EnrollmentRow").GetProperty("properties");
        Assert.All(DataElementCatalogue.BySection(DataSection.Enrollment),
            e => Assert.True(enrollment.TryGetProperty(char.ToLowerInvariant(e.Key[0]) + e.Key[1..], out _), e.Key));
        Assert.Equal("#/$defs/SubmissionHeader", schema.GetProperty("properties").GetProperty("header").GetProperty("$ref").GetString());
    }

    [Fact]
    public async Task Numbers_PlainIntegersInTheDescription_DigitStringsTooInTheJsonSchema()
    {
        var description = JsonDocument.Parse(await DocumentAsync()).RootElement.GetProperty("components").GetProperty("schemas");
        var schema = await factory.CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/api/v1/schemas/submission.schema.json", UriKind.Relative));

        var described = description.GetProperty("SubmissionHeader").GetProperty("properties").GetProperty("studentCount");
        var served = schema.GetProperty("$defs").GetProperty("SubmissionHeader").GetProperty("properties").GetProperty("studentCount");
        Assert.Equal("integer", described.GetProperty("type").GetString());
        Assert.Equal(["integer", "string"], served.GetProperty("anyOf").EnumerateArray().Select(s => s.GetProperty("type").GetString()));
    }

    private static async Task<(int ExitCode, string Output)> RedoclyLintAsync(string document)
    {
        var tool = Path.Combine(RepositoryRoot.Path, "tools", "openapi-lint");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tool,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine(tool, "node_modules", "@redocly", "cli", "bin", "cli.js"), "lint", "--config", "redocly.yaml", "--format", "json", document })
        {
            start.ArgumentList.Add(argument);
        }
        // No telemetry and no update check: nothing leaves the machine while the tests run.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await output) + (await errors is { Length: > 0 } e && !(await output).TrimStart().StartsWith('{') ? "\n" + e : ""));
    }
}
