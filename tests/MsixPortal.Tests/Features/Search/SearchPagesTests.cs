using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Search;

public class SearchPagesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PostSearch_NameAndBirthDate_RedirectsToOpaqueResultsWithoutPii()
    {
        await SearchStudents.AddAsync(factory, SearchStudents.Record("Lissete", "Quintanilla", birthDate: new DateOnly(2013, 5, 2)));
        var client = await factory.SignInAsync(PortalRoles.MepStaff);

        var response = await SubmitAsync(client, ("Input.FirstName", "Lizete"), ("Input.LastName", "Quintanilla"), ("Input.BirthDate", "05/02/2013"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.LocationPath()!;
        Assert.Matches("^/search/results/[0-9a-f-]{36}$", location);
        Assert.DoesNotContain("liz", location, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2013", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchJourney_CanaryNameAndBirthDate_NeverReachTheLogs()
    {
        await SearchStudents.AddAsync(factory, SearchStudents.Record("Zenobiacanary", "Xochiquetzalcanary", birthDate: new DateOnly(2011, 9, 23)));
        var client = await factory.SignInAsync(PortalRoles.MepStaff);

        var page = await SearchAndFollowAsync(client, ("Input.FirstName", "Zenobiacanary"), ("Input.LastName", "Xochiquetzalcanary"),
            ("Input.BirthDate", "09/23/2011"), ("Input.ParentName", "Parentcanary"));
        await SubmitAsync(client, ("Input.FirstName", "Zenobiacanary"), ("Input.BirthDate", "99/99/2011"));

        Assert.Contains("Zenobiacanary", page.Document.Body!.TextContent, StringComparison.Ordinal);
        var logs = factory.Log.AllText();
        Assert.NotEmpty(factory.Log.RequestEvents());
        Assert.DoesNotContain("canary", logs, StringComparison.OrdinalIgnoreCase);
        // The birth year in any date form; not digits inside a number such as an elapsed time (513.220115)
        // or inside a hexadecimal ID such as a span ID ("…c2011af…", which failed a run once).
        Assert.DoesNotMatch(@"(?<![\w.])2011(?![\w.])", logs);
    }

    [Fact]
    public async Task Results_TwoStateRecordsOfOneChild_OneResultWithBothStatesAndWhy()
    {
        var msixId = await SearchStudents.AddAsync(factory,
            SearchStudents.Record("Lissete", "Quintanilla", birthDate: new DateOnly(2013, 5, 2), state: "TX"),
            SearchStudents.Record("Lizete", "Quintanilla", birthDate: new DateOnly(2013, 2, 5), state: "CA"));
        var client = await factory.SignInAsync(PortalRoles.Recruiter);

        var page = await SearchAndFollowAsync(client, ("Input.FirstName", "Liz-et"), ("Input.LastName", "Quintanilla"), ("Input.BirthDate", "05/02/2013"));

        var cards = page.Document.QuerySelectorAll(".portal-result");
        Assert.Single(cards);
        Assert.Contains("/records/" + msixId, cards[0].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("CA, TX", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("birth date exact", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("last name exact", cards[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_AnySearch_WritesAuditRowWithFieldNamesAndCountButNoValues()
    {
        await SearchStudents.AddAsync(factory, SearchStudents.Record("Yesenia", "Quintanilla"));
        var client = await factory.SignInAsync(PortalRoles.MepStaff);

        await SearchAndFollowAsync(client, ("Input.FirstName", "Llesenia"), ("Input.LastName", "Quintanilla"));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var row = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.StudentSearched);
        Assert.NotNull(row.UserId);
        Assert.Equal("fields=first_name,last_name;results=1;page=1", row.Detail);
        Assert.DoesNotContain("esenia", row.Detail + row.TargetId, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PostSearch_NothingEntered_ShowsErrorAndKeepsTypedValues()
    {
        var client = await factory.SignInAsync(PortalRoles.MepStaff);

        var response = await SubmitAsync(client, ("Input.Sex", "Female"), ("Input.BirthDate", "31/31/2010"));
        var page = await HtmlPage.LoadAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Enter at least a first name", page.Errors, StringComparison.Ordinal);
        Assert.Contains("MM/DD/YYYY", page.Errors, StringComparison.Ordinal);
        Assert.Equal("31/31/2010", page.Form("/search")["Input.BirthDate"]);
    }

    [Fact]
    public async Task Results_NoMatch_SuggestsLooseningCriteria()
    {
        var client = await factory.SignInAsync(PortalRoles.MepStaff);

        var page = await SearchAndFollowAsync(client, ("Input.LastName", "Zzyzx"), ("Input.BirthDate", "01/01/2001"));

        Assert.Contains("No student matched", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Try fewer fields", page.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_PagesCarryNoStoreAndOnlyTheOwnerSeesThem()
    {
        await SearchStudents.AddAsync(factory, SearchStudents.Record("Memo", "Quintanilla"));
        var owner = await factory.SignInAsync(PortalRoles.MepStaff);
        var other = await factory.SignInAsync(PortalRoles.MepStaff);
        var response = await SubmitAsync(owner, ("Input.LastName", "Quintanilla"));
        var resultsUrl = response.LocationPath()!;

        var mine = await owner.GetAsync(resultsUrl);
        var theirs = await other.GetAsync(resultsUrl);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Contains("no-store", mine.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
    }

    [Fact]
    public async Task Results_MoreThanOnePage_PagesThroughAllStudents()
    {
        for (var i = 0; i < 23; i++)
        {
            await SearchStudents.AddAsync(factory, SearchStudents.Record("Ana", "Quintanilla", birthDate: new DateOnly(2010, 1, 1).AddDays(i)));
        }
        var client = await factory.SignInAsync(PortalRoles.MepStaff);
        var first = await SearchAndFollowAsync(client, ("Input.LastName", "Quintanilla"));

        var next = first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await HtmlPage.GetAsync(client, next);

        Assert.Equal(20, first.Document.QuerySelectorAll(".portal-result").Length);
        Assert.Equal(3, second.Document.QuerySelectorAll(".portal-result").Length);
        Assert.Contains("23 students found", first.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    internal static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        var form = (await HtmlPage.GetAsync(client, "/search")).Form("/search");
        foreach (var (name, value) in fields)
        {
            form.Set(name, value);
        }
        return await form.PostAsync(client);
    }

    internal static async Task<HtmlPage> SearchAndFollowAsync(HttpClient client, params (string Name, string Value)[] fields)
    {
        var response = await SubmitAsync(client, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await HtmlPage.GetAsync(client, response.LocationPath()!);
    }
}
