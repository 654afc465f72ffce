using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Tests.Features.Search;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security;

/// <summary>
/// security.md 25: a child or parent name stored as markup shows as text on the search results
/// and the record page; the raw page never carries the live tag. (Emails are text/plain and carry
/// no student data: see EmailSenderTests and the notification tests.)
/// </summary>
public class MarkupEscapingTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    private const string ScriptName = "<script>alert(1)</script>";
    private const string ImageName = "\"><img src=x onerror=alert(1)>";

    [Fact]
    public async Task SearchResultsAndRecordPage_MarkupInNames_ShownAsText()
    {
        var record = SearchStudents.Record(ScriptName, "Escapetest", birthDate: new DateOnly(2012, 4, 5));
        record.LastName2 = ImageName;
        record.Parent1FirstName = ScriptName;
        record.Parent1LastName = ImageName;
        var msixId = await SearchStudents.AddAsync(factory, record);
        var client = await factory.SignInAsync(PortalRoles.MepStaff);

        var results = await SearchPagesTests.SearchAndFollowAsync(client, ("Input.LastName", "Escapetest"));
        var recordPage = await HtmlPage.GetAsync(client, $"/records/{msixId}");

        Assert.Equal(HttpStatusCode.OK, recordPage.StatusCode);
        foreach (var page in new[] { results, recordPage })
        {
            var html = await page.Response.Content.ReadAsStringAsync();
            Assert.Contains(ScriptName, page.Document.Body!.TextContent, StringComparison.Ordinal);
            Assert.Contains(ImageName, page.Document.Body!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain(ScriptName, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Empty(page.Document.QuerySelectorAll("img[onerror], script:not([src])"));
        }
    }
}
