using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Audit;
using MsixPortal.Features.Audit;
using MsixPortal.Tests.Features.Submissions;
using TestStudent = MsixPortal.Tests.Features.Submissions.TestStudent;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Audit;

/// <summary>
/// The audit trail as people read it (issue 18 point 9): actions in words, targets as MSIX IDs and
/// emails, a filter by email that keeps the email out of the URL, a State filter, CSV and Excel.
/// </summary>
public class AuditTrailInWordsTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    private static readonly DateTime Day = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Index_ShowsActionsInWordsAndTargetsAsMsixIdsAndEmails()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "T1")]));
        var student = await factory.QueryAsync(db => db.ConsolidatedStudents.SingleAsync());
        var target = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        await SeedAsync(new AuditEvent { OccurredAt = Day, StateCode = "TX", Action = AuditActions.MergeFlagged,
            TargetType = "consolidated-student", TargetId = student.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await SeedAsync(new AuditEvent { OccurredAt = Day.AddMinutes(1), StateCode = "TX", Action = AuditActions.AccountDisabled,
            TargetType = "user", TargetId = target.Account.Id.ToString() });
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");

        var merge = await HtmlPage.GetAsync(admin, "/admin/audit?Action=" + AuditActions.MergeFlagged);
        var disabled = await HtmlPage.GetAsync(admin, "/admin/audit?Action=" + AuditActions.AccountDisabled);

        Assert.Equal("Record: merge flagged", merge.Text("tbody [data-testid=action]"));
        Assert.Equal($"Child records {student.MsixId}", merge.Text("tbody [data-testid=target]"));
        Assert.Equal("User: disabled", disabled.Text("tbody [data-testid=action]"));
        Assert.Equal($"Account {target.Account.Email}", disabled.Text("tbody [data-testid=target]"));
        Assert.Contains(merge.Document.QuerySelectorAll("#Action option"), o => o.TextContent == "Record: merge flagged");
        Assert.Equal("03/10/2026 12:00:00 UTC", merge.Document.QuerySelector("tbody th")!.TextContent.Trim());
    }

    [Fact]
    public async Task Filter_ByEmail_RedirectsToThatUsersEventsWithoutTheEmailInTheUrl()
    {
        var user = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        await SeedAsync(new AuditEvent { OccurredAt = Day, UserId = user.Account.Id, StateCode = "TX", Action = AuditActions.RecordViewed });
        await SeedAsync(new AuditEvent { OccurredAt = Day, UserId = Guid.NewGuid(), StateCode = "TX", Action = AuditActions.RecordViewed });
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var page = await HtmlPage.GetAsync(admin, "/admin/audit");

        var response = await page.Form("/admin/audit").Set("Email", user.Account.Email.ToUpperInvariant()).Set("Action", AuditActions.RecordViewed).PostAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.DoesNotContain("@", Uri.UnescapeDataString(location), StringComparison.Ordinal);
        Assert.Contains($"UserId={user.Account.Id}", location, StringComparison.Ordinal);
        var filtered = await HtmlPage.GetAsync(admin, location);
        Assert.Single(filtered.Document.QuerySelectorAll("tbody tr"));
        // The form shows whose events these are; clearing the email shows everyone again.
        Assert.Equal(user.Account.Email, filtered.Document.QuerySelector("#Email")!.GetAttribute("value"));
        var cleared = await filtered.Form("/admin/audit").Set("Email", "").PostAsync(admin);
        Assert.DoesNotContain("UserId", cleared.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_UnknownOrOtherStatesEmail_ErrorSummaryLinkedToTheFieldAndInputKept()
    {
        var other = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "CA");
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var page = await HtmlPage.GetAsync(admin, "/admin/audit");

        var answer = await page.Form("/admin/audit").Set("Email", other.Account.Email).SubmitAsync(admin);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var summary = answer.Document.QuerySelector("[data-testid=error-summary] a")!;
        Assert.Equal("#Email", summary.GetAttribute("href"));
        Assert.Contains("No account of your scope has this email", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal(other.Account.Email, answer.Document.QuerySelector("#Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Index_NationalAdministratorChoosesAState_SeesOnlyThatStatesEvents()
    {
        await SeedAsync(new AuditEvent { OccurredAt = Day, StateCode = "TX", Action = AuditActions.AccountDisabled });
        await SeedAsync(new AuditEvent { OccurredAt = Day, StateCode = "CA", Action = AuditActions.AccountDisabled });
        await SeedAsync(new AuditEvent { OccurredAt = Day, StateCode = "TX", Action = AuditActions.AccountDisabled, ConcernedStateCodes = ["CA", "TX"] });
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var california = await HtmlPage.GetAsync(national, $"/admin/audit?Action={AuditActions.AccountDisabled}&State=CA");
        var state = await HtmlPage.GetAsync(await factory.SignInAsync(PortalRoles.UserAdministrator, "TX"), "/admin/audit");

        Assert.Equal(2, california.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Events of State CA", california.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(california.Document.QuerySelector("#State option[value=CA][selected]"));
        // A State's administrator has no State to choose: their scope is their State.
        Assert.Null(state.Document.QuerySelector("#State"));
    }

    [Fact]
    public async Task Export_CsvAndExcel_HoldTheFilteredEventsInWordsAndAreAudited()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "T1")]));
        var student = await factory.QueryAsync(db => db.ConsolidatedStudents.SingleAsync());
        await SeedAsync(new AuditEvent { OccurredAt = Day, StateCode = "TX", Action = AuditActions.RecordViewed, TargetType = "student", TargetId = student.MsixId });
        await SeedAsync(new AuditEvent { OccurredAt = Day, StateCode = "TX", Action = AuditActions.AccountEnabled, Detail = "=HYPERLINK(\"x\")" });
        var admin = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "TX");
        var page = await HtmlPage.GetAsync(admin.Client, "/admin/audit?Action=" + AuditActions.RecordViewed);
        var csvLink = page.Document.QuerySelectorAll("[data-testid=export] a").First(a => a.TextContent == "CSV").GetAttribute("href")!;

        var csv = await admin.Client.GetStringAsync(new Uri(csvLink, UriKind.Relative));
        var xlsx = await admin.Client.GetByteArrayAsync(new Uri(csvLink.Replace("export.csv", "export.xlsx", StringComparison.Ordinal), UriKind.Relative));
        var all = await admin.Client.GetStringAsync(new Uri("/admin/audit/export.csv?Action=" + AuditActions.AccountEnabled, UriKind.Relative));

        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal(2, lines.Length);
        Assert.Contains($"Record: viewed,{AuditActions.RecordViewed}", lines[1], StringComparison.Ordinal);
        Assert.Contains($"Child record {student.MsixId}", lines[1], StringComparison.Ordinal);
        using (var workbook = new XLWorkbook(new MemoryStream(xlsx)))
        {
            var sheet = workbook.Worksheets.First();
            Assert.Equal("Record: viewed", sheet.Cell(2, 2).GetString());
        }
        // A formula in a detail is written as text, not run by the spreadsheet that opens the file.
        Assert.Contains("'=HYPERLINK", all, StringComparison.Ordinal);
        var exported = await factory.QueryAsync(db => db.AuditEvents.Where(e => e.Action == AuditActions.AuditLogExported && e.UserId == admin.Account.Id)
            .Select(e => e.Detail).ToListAsync());
        Assert.Equal(["format=csv;results=1", "format=csv;results=1", "format=xlsx;results=1"], exported.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task NextPageLink_KeepsTheActionFilter()
    {
        for (var i = 0; i < 55; i++)
        {
            await SeedAsync(new AuditEvent { OccurredAt = Day.AddMinutes(i), StateCode = "TX", Action = AuditActions.RecordViewed });
        }
        await SeedAsync(new AuditEvent { OccurredAt = Day, StateCode = "TX", Action = AuditActions.AccountEnabled });
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var first = await HtmlPage.GetAsync(admin, "/admin/audit?Action=" + AuditActions.RecordViewed);

        // Routing read a value named "Action" as the MVC action's name, so this link used to drop the filter.
        var second = await HtmlPage.GetAsync(admin, first.Document.QuerySelector("a.usa-pagination__next-page")!.GetAttribute("href")!);

        Assert.Equal(5, second.Document.QuerySelectorAll("tbody tr").Length);
        Assert.All(second.Document.QuerySelectorAll("tbody [data-testid=action]"), cell => Assert.Equal("Record: viewed", cell.TextContent));
    }

    [Fact]
    public void ActionNames_EveryActionReadsAsWordsWithoutCodePunctuation()
    {
        Assert.All(AuditActions.All, code => Assert.DoesNotMatch("[.-]", AuditActionNames.Describe(code)));
        Assert.Equal("API client: secret revoked", AuditActionNames.Describe(AuditActions.ApiClientSecretRevoked));
        Assert.Equal("PII incident: reported", AuditActionNames.Describe(AuditActions.PiiIncidentReported));
    }

    private async Task SeedAsync(AuditEvent row)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.AuditEvents.Add(row);
        await db.SaveChangesAsync();
    }
}
