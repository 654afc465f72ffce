using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;
using MsixPortal.TestSupport;
using MsixPortal.Tests.Features.Worklists;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.Home;

/// <summary>
/// Issue 18 point 9: a signed-in user lands on a home of their own (work counts with overdue first,
/// the records they opened lately, a quick search), not on the public page again.
/// </summary>
public class SignedInHomeTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Home_DataAdministrator_WorkCountsOfEachKindOverdueFirstLinkedToTheWorklist()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "SD", "ND");
        var staff = Principal(await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "SD"));
        await WorkItemSetup.SendRequestThenNoticeAsync(factory, student, staff, "ND");
        // Two weeks on, the notice is past its 4 working days; the request is not due yet. Sign in after the jump.
        factory.Clock.Advance(TimeSpan.FromDays(14));
        var administrator = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "ND");

        var home = await HtmlPage.GetAsync(administrator.Client, "/");

        var kinds = home.Document.QuerySelectorAll("[data-testid=work] li").Select(li => li.GetAttribute("data-kind")).ToList();
        Assert.Equal(WorkKinds.MoveNotice, kinds[0]);
        Assert.Contains(WorkKinds.DataRequest, kinds);
        Assert.Contains(WorkKinds.NearMatch, kinds);
        var notices = home.Document.QuerySelector($"[data-testid=work] li[data-kind={WorkKinds.MoveNotice}]")!;
        Assert.Contains("1 open", notices.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 overdue", notices.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/worklists?Kind={WorkKinds.MoveNotice}", notices.QuerySelector("a")!.GetAttribute("href"));
        var requests = home.Document.QuerySelector($"[data-testid=work] li[data-kind={WorkKinds.DataRequest}]")!;
        Assert.Contains("1 open", requests.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("overdue", requests.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Welcome, ", home.Text("h1"), StringComparison.Ordinal);
        Assert.Null(home.Document.QuerySelector("a[href='/account/apply']"));
    }

    [Fact]
    public async Task Home_AfterOpeningSixRecords_TheLastFiveNewestFirstWithNamesAndNoBirthDate()
    {
        var user = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "SC");
        var students = new List<TestStudent>();
        foreach (var (name, day) in new[] { ("Alma", 1), ("Beto", 2), ("Celia", 3), ("Dario", 4), ("Elena", 5), ("Fabian", 6) })
        {
            students.Add(await TestStudents.CreateAsync(factory.Services, name, new DateOnly(2014, 7, day), "SC"));
        }
        var before = await HtmlPage.GetAsync(user.Client, "/");

        foreach (var student in students.Append(students[1]))
        {
            Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync(new Uri($"/records/{student.MsixId}", UriKind.Relative))).StatusCode);
        }
        var after = await HtmlPage.GetAsync(user.Client, "/");

        Assert.NotNull(before.Document.QuerySelector("[data-testid=no-recent]"));
        var rows = after.Document.QuerySelectorAll("[data-testid=recent] tbody tr").ToList();
        Assert.Equal(
            new[] { students[1], students[5], students[4], students[3], students[2] }.Select(s => $"/records/{s.MsixId}"),
            rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.StartsWith("Beto ", rows[0].QuerySelector("td")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("SC", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("07/02/2014", after.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("2014-07-02", after.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_QuickSearch_PostsToTheSearchAndLandsOnResultsWithoutNamesInTheAddress()
    {
        var user = await factory.SignInNewUserAsync([PortalRoles.Recruiter], "SC");
        await TestStudents.CreateAsync(factory.Services, "Quetzal", new DateOnly(2013, 5, 9), "SC");
        var home = await HtmlPage.GetAsync(user.Client, "/");

        var searched = await home.Form("/search").Set("Input.FirstName", "Quetzal").Set("Input.LastName", TestStudents.LastName)
            .Set("Input.BirthDate", "05/09/2013").PostAsync(user.Client);
        var results = await HtmlPage.GetAsync(user.Client, searched.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, searched.StatusCode);
        Assert.StartsWith("/search/results/", searched.LocationPath(), StringComparison.Ordinal);
        Assert.DoesNotContain("Quetzal", searched.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Quetzal", results.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_Visitor_PublicPageWithSignInAndApply()
    {
        var home = await HtmlPage.GetAsync(factory.CreatePortalClient(), "/");

        Assert.NotNull(home.Document.QuerySelector("a[href='/account/apply']"));
        Assert.Null(home.Document.QuerySelector("[data-testid=quick-search]"));
    }
}
