using System.Net;
using System.Text;
using ClosedXML.Excel;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Audit;
using Microsoft.EntityFrameworkCore;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Web;

/// <summary>Submission history per State, and the downloadable error report (CSV and xlsx).</summary>
public class SubmissionHistoryAndReportTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A file whose second student has a bad code and a State student ID a spreadsheet would run as a formula.</summary>
    private static byte[] FileWithFormulaId() =>
        SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "A1"), TestStudent.Child("TX", "=HYPERLINK(1)").Set("Sex", "F")]);

    [Fact]
    public async Task History_DataAdministrator_ListsOwnStateOnly()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "T1")]));
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("CA", [TestStudent.Child("CA", "C1")]), state: "CA");
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await HtmlPage.GetAsync(client, "/submissions");

        var rows = page.Document.QuerySelectorAll("[data-testid=history] tbody tr").ToList();
        Assert.Single(rows);
        Assert.Contains("TX", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("late", page.Text("[data-testid=timeliness]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_SubmissionWhoseStudentsWereAllInvalid_SaysRejectedNotApplied()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "T1").Set("Sex", "F")]));
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "T2")]));
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await HtmlPage.GetAsync(client, "/submissions");

        // Newest first: the valid file, then the one whose only student was rejected.
        Assert.Equal(["Applied", "Rejected (nothing applied)"],
            page.Document.QuerySelectorAll("[data-testid=history] tbody [data-testid=status]").Select(c => c.TextContent.Trim()).ToList());
    }

    [Fact]
    public async Task History_NationalAdministrator_ListsAllStates()
    {
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("TX", [TestStudent.Child("TX", "T1")]));
        await factory.SubmitAsync(SubmissionFiles.XmlBytes("CA", [TestStudent.Child("CA", "C1")]), state: "CA");
        var client = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var page = await HtmlPage.GetAsync(client, "/submissions");

        Assert.Equal(2, page.Document.QuerySelectorAll("[data-testid=history] tbody tr").Length);
    }

    [Fact]
    public async Task ErrorReport_Csv_IsNeutralisedAttachmentWithoutCachingAndAudited()
    {
        var result = await factory.SubmitAsync(FileWithFormulaId());
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var response = await client.GetAsync(new Uri($"/submissions/{result.PublicId}/errors.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"submission-{result.PublicId:N}-errors.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("Student position,Record number,State student ID", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK(1)", text, StringComparison.Ordinal);
        Assert.Contains("not a code of the sex code set", text, StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<AuditEvent>().CountAsync(e => e.Action == "submission.error-report-downloaded")));
    }

    [Fact]
    public async Task ErrorReport_Xlsx_HoldsEveryProblemAsText()
    {
        var result = await factory.SubmitAsync(FileWithFormulaId());
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var response = await client.GetAsync(new Uri($"/submissions/{result.PublicId}/errors.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheets.First();
        Assert.Equal("Problem", sheet.Cell(1, 8).GetString());
        Assert.Equal(result.Problems.Count, sheet.LastRowUsed().RowNumber() - 1);
        Assert.Equal("'=HYPERLINK(1)", sheet.Cell(2, 3).GetString());
        Assert.False(sheet.Cell(2, 3).HasFormula);
    }

    [Fact]
    public async Task ErrorReport_OtherState_Forbidden()
    {
        var result = await factory.SubmitAsync(SubmissionFiles.XmlBytes("CA", [TestStudent.Child("CA", "C1").Set("Sex", "F")]), state: "CA");
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var response = await client.GetAsync(new Uri($"/submissions/{result.PublicId}/errors.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ErrorReport_DryRunOfTheUploader_IsDownloadable()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var posted = await UploadPage.PostAsync(client, FileWithFormulaId(), "dry-run");
        var page = await UploadPage.FollowAsync(client, posted.LocationPath()!);
        var link = page.Document.QuerySelector("[data-testid=report-csv]")!.GetAttribute("href")!;

        var response = await client.GetAsync(new Uri(link, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not a code of the sex code set", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
