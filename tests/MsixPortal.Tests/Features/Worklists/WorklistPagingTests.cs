using MsixPortal.Authorization;
using MsixPortal.Data.Entities.HelpDesk;
using MsixPortal.Features.HelpDesk;
using MsixPortal.Features.Worklists;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Worklists;

/// <summary>
/// The worklist shows <see cref="WorklistService.PageSize"/> items a page (it showed up to 500 per
/// kind on one page; ~1,000 help-desk items made a page of forms wapiti could not parse), in one
/// order across kinds and pages, with the filters kept by the page links. Each test uses its own
/// State, so that the items of the others do not show.
/// </summary>
public class WorklistPagingTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    private const int PageSize = WorklistService.PageSize;

    [Fact]
    public async Task Worklist_MoreQuestionsThanAPage_ShownAPageAtATimeOldestFirstEachOnce()
    {
        var handler = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "OR");
        var references = await AddQuestionsAsync("OR", (2 * PageSize) + 7);

        var first = await HtmlPage.GetAsync(handler.Client, "/worklists");
        var second = await HtmlPage.GetAsync(handler.Client, Href(first, "next-page"));
        var last = await HtmlPage.GetAsync(handler.Client, Href(second, "next-page"));

        Assert.Equal([PageSize, PageSize, 7], [Rows(first).Count, Rows(second).Count, Rows(last).Count]);
        Assert.Equal(references, Rows(first).Concat(Rows(second)).Concat(Rows(last)));
        Assert.Equal("Page 1 of 3", first.Text("[data-testid=page-number]"));
        Assert.Null(first.Document.QuerySelector("[data-testid=previous-page]"));
        Assert.Equal("Page 3 of 3", last.Text("[data-testid=page-number]"));
        Assert.Null(last.Document.QuerySelector("[data-testid=next-page]"));
        Assert.Equal("/worklists?Page=2", Href(last, "previous-page"));
        Assert.Equal(PageSize, first.Document.QuerySelectorAll("form[action='/worklists/assign']").Length);
    }

    [Fact]
    public async Task Worklist_UrgentIncidentNewerThanAPageOfQuestions_FirstOnTheFirstPage()
    {
        var handler = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator, PortalRoles.DataAdministrator], "WA");
        await AddQuestionsAsync("WA", PageSize + 5);
        var incident = await AddAsync(Question("WA", HelpDeskKind.Incident, factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(5)));

        var first = await HtmlPage.GetAsync(handler.Client, "/worklists");

        Assert.Equal(incident, Rows(first)[0]);
        Assert.Equal("true", first.Document.QuerySelector("[data-testid=worklist] tbody tr")!.GetAttribute("data-urgent"));
        Assert.Equal(PageSize, Rows(first).Count);
        Assert.Equal(6, Rows(await HtmlPage.GetAsync(handler.Client, "/worklists?Page=2")).Count);
    }

    [Fact]
    public async Task Worklist_AssignedToMeOverAPage_PagesOnlyMineAndLinksKeepTheFilter()
    {
        var handler = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "NV");
        var mine = await AddQuestionsAsync("NV", PageSize + 3, assignedTo: handler.Account.Id);
        await AddQuestionsAsync("NV", 4);

        var first = await HtmlPage.GetAsync(handler.Client, "/worklists?Kind=help-desk&Assigned=mine");
        var next = Href(first, "next-page");
        var second = await HtmlPage.GetAsync(handler.Client, next);

        Assert.Equal("/worklists?Kind=help-desk&Assigned=mine&Page=2", next);
        Assert.Equal(mine, Rows(first).Concat(Rows(second)));
        Assert.Equal("Page 2 of 2", second.Text("[data-testid=page-number]"));
        Assert.Equal(PageSize + 7, Rows(await HtmlPage.GetAsync(handler.Client, "/worklists?Page=1")).Count
            + Rows(await HtmlPage.GetAsync(handler.Client, "/worklists?Page=2")).Count);
    }

    [Fact]
    public async Task Worklist_PageOutOfRangeOrNotANumber_ShowsTheNearestPage()
    {
        var handler = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "UT");
        await AddQuestionsAsync("UT", PageSize + 1);

        var beyond = await HtmlPage.GetAsync(handler.Client, "/worklists?Page=99");
        var below = await HtmlPage.GetAsync(handler.Client, "/worklists?Page=-3");
        var text = await HtmlPage.GetAsync(handler.Client, "/worklists?Page=two");

        Assert.Equal(("Page 2 of 2", 1), (beyond.Text("[data-testid=page-number]"), Rows(beyond).Count));
        Assert.Equal(("Page 1 of 2", PageSize), (below.Text("[data-testid=page-number]"), Rows(below).Count));
        Assert.Equal(("Page 1 of 2", PageSize), (text.Text("[data-testid=page-number]"), Rows(text).Count));
    }

    private static string Href(HtmlPage page, string testId) =>
        Assert.IsType<string>(page.Document.QuerySelector($"[data-testid={testId}]")?.GetAttribute("href"));

    private static List<string> Rows(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=worklist] tbody tr").Select(row => row.Children[1].TextContent.Trim())];

    /// <summary>Open account questions of <paramref name="state"/>, a minute apart (oldest first); their references in that order.</summary>
    private async Task<List<string>> AddQuestionsAsync(string state, int count, Guid? assignedTo = null)
    {
        var start = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var entities = Enumerable.Range(0, count)
            .Select(i => (Question(state, HelpDeskKind.Question, start.AddMinutes(i)) with { AssignedToUserId = assignedTo }).Entity()).ToList();
        await factory.WithDbAsync(async db =>
        {
            db.HelpDeskRequests.AddRange(entities);
            await db.SaveChangesAsync();
        });
        return [.. entities.Select(e => e.Reference)];
    }

    private async Task<string> AddAsync(NewRequest request)
    {
        var entity = request.Entity();
        await factory.WithDbAsync(async db =>
        {
            db.HelpDeskRequests.Add(entity);
            await db.SaveChangesAsync();
        });
        return entity.Reference;
    }

    private static NewRequest Question(string state, HelpDeskKind kind, DateTime createdAt) => new(state, kind, createdAt, null);

    private sealed record NewRequest(string State, HelpDeskKind Kind, DateTime CreatedAt, Guid? AssignedToUserId)
    {
        public HelpDeskRequest Entity() => new()
        {
            Kind = Kind,
            Category = Kind == HelpDeskKind.Incident ? HelpDeskCategories.Incident : "account",
            Status = HelpDeskStatus.Open,
            StateCode = State,
            Message = "Paging test",
            CreatedAt = CreatedAt,
            AcknowledgeBy = Kind == HelpDeskKind.Incident ? CreatedAt.AddHours(1) : null,
            AssignedToUserId = AssignedToUserId,
        };
    }
}
