using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Features.Account.Apply;
using MsixPortal.Features.Help.Resources;
using MsixPortal.TestSupport;
using UglyToad.PdfPig;

namespace MsixPortal.Tests.Features.Help;

/// <summary>The help centre's downloads, each made from what the portal itself uses.</summary>
public class HelpResourcesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task ResourcesPage_EveryLink_Downloads()
    {
        var client = factory.CreatePortalClient();
        var page = await HtmlPage.GetAsync(client, "/help/resources");
        var links = page.Document.QuerySelectorAll("[data-testid=help-article] a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(HelpResources.Names.Select(n => $"/help/resources/{n}").Order(), links.Order());
        foreach (var link in links)
        {
            var response = await client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link}: {(int)response.StatusCode}");
            Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task CodeLists_EveryValueOfTheCodeSetTables()
    {
        var csv = await factory.CreatePortalClient().GetStringAsync(new Uri("/help/resources/code-lists.csv", UriKind.Relative));
        var values = await factory.WithDbAsync(db => db.CodeSetValues.Select(v => v.CodeSet + "," + v.Code).ToListAsync());
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("code_set,code,label", lines[0]);
        Assert.Equal(values.Count, lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith("us_state,TX,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("submission.xsd", "submission.xsd")]
    [InlineData("submission.example.xml", "submission.example.xml")]
    [InlineData("submission.example.json", "submission.example.json")]
    [InlineData("submission-format.md", "README.md")]
    public async Task SubmissionFiles_AreTheRepositorysOwn(string name, string file)
    {
        var served = await factory.CreatePortalClient().GetByteArrayAsync(new Uri($"/help/resources/{name}", UriKind.Relative));

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot.Path, "docs", "submissions", file)), served);
    }

    [Fact]
    public async Task ApplicationSummary_ListsEveryFieldOfTheApplicationForm()
    {
        var text = PdfText(await factory.CreatePortalClient().GetByteArrayAsync(new Uri("/help/resources/application-summary.pdf", UriKind.Relative)));
        var fields = typeof(ApplyInputModel).GetProperties().Select(p => p.GetCustomAttribute<DisplayAttribute>()?.Name).OfType<string>().ToList();

        Assert.Equal(11, fields.Count);
        Assert.All(fields, field => Assert.Contains(field, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RecruiterCard_SaysHowToReportAnIncident()
    {
        var text = PdfText(await factory.CreatePortalClient().GetByteArrayAsync(new Uri("/help/resources/recruiter-card.pdf", UriKind.Relative)));

        Assert.Contains("MSIX quick reference for recruiters", text, StringComparison.Ordinal);
        Assert.Contains("Report a PII incident", text, StringComparison.Ordinal);
    }

    private static string PdfText(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
