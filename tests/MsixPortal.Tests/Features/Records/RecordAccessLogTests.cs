using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Records.Export;
using MsixPortal.TestSupport;
using MsixPortal.TestSupport.Records;

namespace MsixPortal.Tests.Features.Records;

public class RecordAccessLogTests(RecordsAppFactory factory) : IClassFixture<RecordsAppFactory>
{
    [Fact]
    public async Task AccessLog_DataAdministratorOfSubmittingState_ListsViewsAndExports()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);
        var viewer = await factory.UserAsync(PortalRoles.MepStaff, "OR");
        await HtmlPage.GetAsync(viewer.Client, "/records/" + student.MsixId);
        await RecordExportClient.ExportAsync(viewer.Client, student.MsixId, ExportFormat.Pdf, [RecordSection.Assessments]);

        var page = await HtmlPage.GetAsync(await factory.ClientAsync(PortalRoles.DataAdministrator, "CA"), $"/records/{student.MsixId}/access-log");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var rows = page.Document.QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .Where(cells => cells[1].Contains(viewer.Account.Email, StringComparison.Ordinal))
            .ToList();
        Assert.Equal([AuditActions.RecordExported, AuditActions.RecordViewed, AuditActions.RecordViewed], rows.Select(r => r[4]));
        Assert.All(rows, r => Assert.Equal(PortalRoles.MepStaff, r[2]));
        Assert.All(rows, r => Assert.Equal("OR", r[3]));
        Assert.Contains("purpose=credit-accrual", rows[0][5], StringComparison.Ordinal);
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task AccessLog_NationalAdministrator_Allowed()
    {
        var student = await RecordTestData.SaveAsync(factory.Services, RecordTestData.MinimalRecord("WA"));

        var response = await (await factory.ClientAsync(PortalRoles.NationalAdministrator, null))
            .GetAsync(new Uri($"/records/{student.MsixId}/access-log", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(PortalRoles.DataAdministrator, "FL")]
    [InlineData(PortalRoles.MepStaff, "TX")]
    [InlineData(PortalRoles.UserAdministrator, "TX")]
    [InlineData(PortalRoles.Recruiter, "TX")]
    public async Task AccessLog_NotADataAdministratorOfTheChildsStates_Forbidden(string role, string state)
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var response = await (await factory.ClientAsync(role, state)).GetAsync(new Uri($"/records/{student.MsixId}/access-log", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AccessLog_OtherStatesChildByIdChange_ForbiddenAndOwnStillAllowed()
    {
        var own = await RecordTestData.SaveAsync(factory.Services, RecordTestData.MinimalRecord("TX"));
        var other = await RecordTestData.SaveAsync(factory.Services, RecordTestData.MinimalRecord("NV"));
        var client = await factory.ClientAsync(PortalRoles.DataAdministrator, "TX");

        var allowed = await client.GetAsync(new Uri($"/records/{own.MsixId}/access-log", UriKind.Relative));
        var refused = await client.GetAsync(new Uri($"/records/{other.MsixId}/access-log", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AccessLog_UnknownRecord_NotFound()
    {
        var response = await (await factory.ClientAsync(PortalRoles.NationalAdministrator, null))
            .GetAsync(new Uri($"/records/{RecordTestData.NewMsixId()}/access-log", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AccessLog_Viewed_IsItselfAudited()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        await (await factory.ClientAsync(PortalRoles.DataAdministrator, "TX")).GetAsync(new Uri($"/records/{student.MsixId}/access-log", UriKind.Relative));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.AuditLogViewed && e.TargetId == student.MsixId));
    }

    [Fact]
    public async Task RecordPage_LinkToAccessLog_OnlyForThoseWhoMaySeeIt()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);
        var link = $"/records/{student.MsixId}/access-log";

        var admin = await HtmlPage.GetAsync(await factory.ClientAsync(PortalRoles.DataAdministrator, "TX"), "/records/" + student.MsixId);
        var staff = await HtmlPage.GetAsync(await factory.ClientAsync(PortalRoles.MepStaff, "TX"), "/records/" + student.MsixId);

        Assert.NotNull(admin.Document.QuerySelector($"a[href='{link}']"));
        Assert.Null(staff.Document.QuerySelector($"a[href='{link}']"));
    }

    [Fact]
    public async Task Printed_Posted_AuditedAsPrint()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);
        var client = await factory.ClientAsync(PortalRoles.Recruiter, "TX");
        var page = await HtmlPage.GetAsync(client, "/records/" + student.MsixId);

        var response = await page.Form($"/records/{student.MsixId}/printed").PostAsync(client);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.RecordPrinted && e.TargetId == student.MsixId));
    }
}
