using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Submissions;
using MsixPortal.Features.Submissions.Validation;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Web;

/// <summary>The upload page of State data administrators: dry run, submit, progress, results, bad files.</summary>
public class SubmissionUploadPageTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static byte[] FileWithOneBadRow(string state = "TX") =>
        SubmissionFiles.XmlBytes(state, [TestStudent.Child(state, "A1"), TestStudent.Child(state, "A2", first: "Pedro", sex: "Male").Set("Sex", "F")]);

    [Fact]
    public async Task DryRun_FileWithBadRow_ShowsCountsAndErrorAndStoresNothing()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await UploadPage.UploadAsync(client, FileWithOneBadRow(), "dry-run");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.NotEmpty(page.Text("[data-testid=dry-run-note]"));
        Assert.Equal(("2", "1", "1"), (page.Text("[data-testid=count-students]"), page.Text("[data-testid=count-inserted]"), page.Text("[data-testid=count-rejected]")));
        Assert.Contains("not a code of the sex code set; valid codes: Female, Male, Nonbinary", page.Text("[data-testid=errors]"), StringComparison.Ordinal);
        Assert.Contains("9 Sex", page.Text("[data-testid=errors]"), StringComparison.Ordinal);
        Assert.Equal("Would be applied in part", page.Text("[data-testid=status]"));
        Assert.StartsWith("1 valid student would be applied (1 inserted); 1 invalid student would be rejected.", page.Text("[data-testid=outcome]"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.StateStudentRecords.CountAsync()));
    }

    [Fact]
    public async Task Submit_FileWithBadRow_AppliesValidStudentAndShowsStoredResult()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await UploadPage.UploadAsync(client, FileWithOneBadRow(), "submit");

        var submission = await factory.QueryAsync(db => db.Submissions.SingleAsync());
        Assert.Equal($"/submissions/{submission.PublicId}", page.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(("1", "1", "1"), (page.Text("[data-testid=count-inserted]"), page.Text("[data-testid=count-rejected]"), page.Text("[data-testid=count-new]")));
        Assert.Equal("Applied in part", page.Text("[data-testid=status]"));
        Assert.StartsWith("1 valid student was applied (1 inserted); 1 invalid student was rejected.", page.Text("[data-testid=outcome]"), StringComparison.Ordinal);
        // The test child's qualifying arrival (2025) is far more than 10 working days before today.
        Assert.Equal("1 new child late", page.Text("[data-testid=timeliness]"));
        Assert.Equal(("TX", "upload", 1), (submission.StateCode, submission.Channel, await factory.QueryAsync(db => db.StateStudentRecords.CountAsync())));
        Assert.Contains("no-store", page.Response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dry-run", "Would be rejected", "All 2 students in the file are invalid, so nothing would be applied.")]
    [InlineData("submit", "Rejected (nothing applied)", "All 2 students in the file are invalid, so nothing was applied.")]
    public async Task Upload_EveryStudentInvalid_SaysNothingIsAppliedInWordsThatMatchTheCounts(string mode, string status, string outcome)
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var file = SubmissionFiles.XmlBytes("TX",
            [TestStudent.Child("TX", "A1").Set("Sex", "F"), TestStudent.Child("TX", "A2").SetRow("Enrollment", "EnrollmentType", "99")]);

        var page = await UploadPage.UploadAsync(client, file, mode);

        Assert.Equal(("0", "2"), (page.Text("[data-testid=count-inserted]"), page.Text("[data-testid=count-rejected]")));
        Assert.Equal(status, page.Text("[data-testid=status]"));
        Assert.StartsWith(outcome, page.Text("[data-testid=outcome]"), StringComparison.Ordinal);
        // A short code set's message lists the codes with their meanings, so the fix needs no other document.
        Assert.Contains("enrollment_type code set; valid codes: 01 (Basic School Program), 02 (Regular-term MEP-funded project)",
            page.Text("[data-testid=errors]"), StringComparison.Ordinal);
        Assert.Equal(CodeSetLookup.CodeListsPath, page.Document.QuerySelectorAll("a").Single(a => a.TextContent == "code lists (CSV)").GetAttribute("href"));
    }

    [Fact]
    public async Task Submit_SameFileAgain_ShowsFirstResultAndChangesNothing()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var file = FileWithOneBadRow();
        await UploadPage.UploadAsync(client, file, "submit");

        var again = await UploadPage.UploadAsync(client, file, "submit");

        Assert.NotEmpty(again.Text("[data-testid=replayed]"));
        Assert.Equal(1, await factory.QueryAsync(db => db.Submissions.CountAsync()));
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<StateStudentRecord>().CountAsync()));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "malformed XML", "<?xml version=\"1.0\"?><StateSubmission><Header>"u8.ToArray(), "" },
        { "zip", [.. "PK"u8, 3, 4, 20, 0, 0, 0], "Compressed files" },
        { "UTF-16", [0xFF, 0xFE, (byte)'<', 0, (byte)'a', 0], "not encoded as UTF-8" },
        { "XML bomb", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><lolz>&lol;</lolz>"u8.ToArray(), "document type declaration" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Submit_UnreadableFile_ShowsClearMessageAndAppliesNothing(string kind, byte[] file, string expected)
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await UploadPage.UploadAsync(client, file, "submit");

        var problem = page.Text("[data-testid=file-problem]");
        Assert.True(problem.Length > 0, kind);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.Equal(SubmissionStatus.Rejected, (await factory.QueryAsync(db => db.Submissions.SingleAsync())).Status);
        // The errors section repeats why, instead of "No errors" beside "The whole file was rejected".
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=no-errors]"));
        Assert.Contains(expected, page.Text("[data-testid=file-problem-errors]"), StringComparison.Ordinal);
        Assert.Equal("Rejected (nothing applied)", page.Text("[data-testid=status]"));
        Assert.StartsWith("The file could not be read", page.Text("[data-testid=outcome]"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.StateStudentRecords.CountAsync()));
    }

    [Fact]
    public async Task Upload_NoFile_ShowsFormWithMessage()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await HtmlPage.LoadAsync(await UploadPage.PostAsync(client, [], "submit"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Choose an XML or JSON file", page.Text("[data-testid=upload-problem]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UploadPage_LinksTheFormatGuideXsdExamplesAndCodeLists_EachDownloads()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var page = await HtmlPage.GetAsync(client, "/submissions/upload");

        var links = page.Document.QuerySelectorAll("[data-testid=format-downloads] a[download]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["/help/resources/submission-format.md", "/help/resources/submission.xsd", "/help/resources/submission.example.xml",
            "/help/resources/submission.example.json", CodeSetLookup.CodeListsPath], links);
        foreach (var link in links)
        {
            using var response = await client.GetAsync(new Uri(link, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, link);
        }
    }

    [Fact]
    public async Task Upload_NationalAdministratorWithoutState_ShowsNoForm()
    {
        var client = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var page = await HtmlPage.GetAsync(client, "/submissions/upload");

        Assert.NotEmpty(page.Text("[data-testid=no-state]"));
        Assert.DoesNotContain(page.Document.Forms, f => f.GetAttribute("action") == "/submissions/upload");
    }

    [Fact]
    public async Task Result_OtherStatesSubmission_Forbidden()
    {
        var result = await factory.SubmitAsync(SubmissionFiles.XmlBytes("CA", [TestStudent.Child("CA", "C1")]), state: "CA");
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");

        var response = await client.GetAsync(new Uri($"/submissions/{result.PublicId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Progress_AnotherUsersUpload_NotFound()
    {
        var owner = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var other = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var posted = await UploadPage.PostAsync(owner, FileWithOneBadRow(), "dry-run");

        var response = await other.GetAsync(new Uri(posted.LocationPath()!, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
