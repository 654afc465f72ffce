using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Audit;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Audit;

/// <summary>/admin/audit: the audit trail of the administrator's State, filtered and paged.</summary>
public class AuditPageTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>, IAsyncLifetime
{
    private static readonly DateTime Day = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Index_UserAdministrator_SeesOnlyOwnStatesEvents()
    {
        await SeedAsync(("TX", AuditActions.AccountDisabled, Day), ("CA", AuditActions.AccountEnabled, Day));
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");

        var rows = await RowsAsync(admin, "/admin/audit?Action=" + AuditActions.AccountDisabled);
        var other = await RowsAsync(admin, "/admin/audit?Action=" + AuditActions.AccountEnabled);

        Assert.Single(rows);
        Assert.Empty(other);
    }

    [Fact]
    public async Task Index_NationalAdministrator_SeesEveryState()
    {
        await SeedAsync(("TX", AuditActions.AccountDisabled, Day), ("CA", AuditActions.AccountDisabled, Day));
        var admin = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var rows = await RowsAsync(admin, "/admin/audit?Action=" + AuditActions.AccountDisabled);

        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task Index_DateRange_KeepsEventsOfThoseUtcDays()
    {
        await SeedAsync(("TX", AuditActions.RecordViewed, Day.AddDays(-2)), ("TX", AuditActions.RecordViewed, Day),
            ("TX", AuditActions.RecordViewed, Day.AddDays(2)));
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");

        var rows = await RowsAsync(admin, $"/admin/audit?Action={AuditActions.RecordViewed}&From={Date(Day.AddDays(-1))}&To={Date(Day)}");

        Assert.Single(rows);
    }

    [Fact]
    public async Task Index_UserFilter_KeepsThatUsersEvents()
    {
        var userId = Guid.NewGuid();
        await SeedAsync(("TX", AuditActions.RecordViewed, Day), ("TX", AuditActions.RecordViewed, Day));
        await SeedAsync(userId, "TX", AuditActions.RecordViewed, Day);
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");

        var rows = await RowsAsync(admin, $"/admin/audit?UserId={userId}");

        Assert.Single(rows);
    }

    [Fact]
    public async Task Index_MoreThanAPage_PagesOfFifty()
    {
        await SeedAsync([.. Enumerable.Range(0, 60).Select(i => ("TX", AuditActions.RecordViewed, Day.AddMinutes(i)))]);
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");

        var first = await RowsAsync(admin, $"/admin/audit?Action={AuditActions.RecordViewed}");
        var second = await RowsAsync(admin, $"/admin/audit?Action={AuditActions.RecordViewed}&Page=2");

        Assert.Equal(AuditLogService.PageSize, first.Count);
        Assert.Equal(10, second.Count);
    }

    [Fact]
    public async Task Index_UnknownAction_ShowsErrorAndNoRows()
    {
        await SeedAsync(("TX", AuditActions.RecordViewed, Day));
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");

        var page = await HtmlPage.GetAsync(admin, "/admin/audit?Action=no.such.action");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Choose an action from the list.", page.Errors, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Index_Viewing_IsItselfAudited()
    {
        var admin = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "TX");

        await HtmlPage.GetAsync(admin.Client, "/admin/audit");

        var rows = await RowsAsync(admin.Client, $"/admin/audit?Action={AuditActions.AuditLogViewed}&UserId={admin.Account.Id}");
        Assert.NotEmpty(rows);
    }

    [Fact]
    public async Task Index_MarkupInDetail_IsShownEscaped()
    {
        await SeedAsync(Guid.NewGuid(), "TX", AuditActions.RecordViewed, Day, detail: "<script>alert(1)</script>\"><img src=x onerror=alert(1)>");
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");

        var page = await HtmlPage.GetAsync(admin, $"/admin/audit?Action={AuditActions.RecordViewed}");

        Assert.Empty(page.Document.QuerySelectorAll("main script, main img"));
        Assert.Contains("<script>alert(1)</script>", page.Document.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    private static string Date(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<List<AngleSharp.Dom.IElement>> RowsAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return [.. page.Document.QuerySelectorAll("tbody tr")];
    }

    private Task SeedAsync(params (string State, string Action, DateTime At)[] events) =>
        Task.WhenAll(events.Select(e => SeedAsync(Guid.NewGuid(), e.State, e.Action, e.At)));

    private async Task SeedAsync(Guid userId, string state, string action, DateTime at, string? detail = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.AuditEvents.Add(new AuditEvent { OccurredAt = at, UserId = userId, StateCode = state, Action = action, Detail = detail });
        await db.SaveChangesAsync();
    }
}
