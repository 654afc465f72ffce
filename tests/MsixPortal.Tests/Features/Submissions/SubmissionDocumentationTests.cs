using System.Xml;
using MsixPortal.Data.Entities.Submissions;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions;

/// <summary>The documented format (docs/submissions) is the one the portal reads.</summary>
public class SubmissionDocumentationTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private static string DocsFile(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MsixPortal.sln")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory!.FullName, "docs", "submissions", name);
    }

    [Fact]
    public void ExampleXml_IsValidAgainstTheXsd()
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, DtdProcessing = DtdProcessing.Prohibit };
        settings.Schemas.Add(null, DocsFile("submission.xsd"));
        var errors = new List<string>();
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);

        using (var reader = XmlReader.Create(DocsFile("submission.example.xml"), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("submission.example.xml")]
    [InlineData("submission.example.json")]
    public async Task DryRun_DocumentedExample_InsertsOneAndRejectsTheUnknownDelete(string example)
    {
        var result = await factory.SubmitAsync(await File.ReadAllBytesAsync(DocsFile(example)), dryRun: true);

        Assert.Equal(SubmissionStatus.Applied, result.Status);
        Assert.Equal((2, 1, 1), (result.StudentCount, result.Inserted, result.Rejected));
        Assert.Contains(result.Problems, p => p.Position == 2 && p.Problem.Contains("has no student", StringComparison.Ordinal));
    }
}
