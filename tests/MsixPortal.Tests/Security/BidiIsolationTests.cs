using System.Net;
using AngleSharp.Dom;
using MsixPortal.Authorization;
using MsixPortal.Tests.Features.Search;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security;

/// <summary>
/// Issue 17 point 11: a name holding a right-to-left override (stored before submissions refused
/// them) is shown isolated, in a &lt;bdi&gt; or under dir="auto", on the search results and the record
/// page, so it cannot reorder the text around it ("ztrewQ karina").
/// </summary>
public class BidiIsolationTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    private const string OverriddenName = "\u202Eanirak";

    [Fact]
    public async Task SearchResultsAndRecordPage_RightToLeftOverrideInNames_ShownIsolated()
    {
        var record = SearchStudents.Record(OverriddenName, "Bidicheck", birthDate: new DateOnly(2012, 4, 5));
        record.Parent1FirstName = OverriddenName;
        var msixId = await SearchStudents.AddAsync(factory, record);
        var client = await factory.SignInAsync(PortalRoles.MepStaff);

        var results = await SearchPagesTests.SearchAndFollowAsync(client, ("Input.LastName", "Bidicheck"));
        var recordPage = await HtmlPage.GetAsync(client, $"/records/{msixId}");

        Assert.Equal(HttpStatusCode.OK, recordPage.StatusCode);
        foreach (var page in new[] { results, recordPage })
        {
            var holders = page.Document.Body!.Descendants<IText>()
                .Where(text => text.Data.Contains('\u202E', StringComparison.Ordinal))
                .Select(text => text.ParentElement!)
                .ToList();
            Assert.NotEmpty(holders);
            Assert.All(holders, element => Assert.True(IsIsolated(element),
                $"{page.Response.RequestMessage!.RequestUri}: <{element.LocalName} class=\"{element.ClassName}\"> shows the name without isolation"));
        }
    }

    private static bool IsIsolated(IElement element) =>
        element.LocalName == "bdi" || element.Closest("bdi") is not null || element.Closest("[dir=auto]") is not null;
}
