using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.CodeSets;
using MsixPortal.DataElements;
using MsixPortal.Features.Audit;
using MsixPortal.Features.Records;
using MsixPortal.TestSupport;
using MsixPortal.TestSupport.Records;

namespace MsixPortal.Tests.Features.Records;

public class RecordPageTests(RecordsAppFactory factory) : IClassFixture<RecordsAppFactory>
{
    [Fact]
    public async Task Show_FullChild_EverySectionShowsEveryElementItHolds()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);
        var texas = student.StateRecords.Single(r => r.StateCode == "TX");
        var text = await ValueTextAsync();

        var page = await GetAsync(student.MsixId);

        AssertSectionShows(page, "#demographics", StateRecordDemographics.Elements, [texas], text);
        AssertSectionShows(page, "#qualifying-moves", DataElementCatalogue.BySection(DataSection.QualifyingMove), texas.QualifyingMoves, text);
        AssertSectionShows(page, "#enrollments", DataElementCatalogue.BySection(DataSection.Enrollment), texas.Enrollments, text);
        AssertSectionShows(page, "#courses", DataElementCatalogue.BySection(DataSection.Course), texas.Courses, text);
        AssertSectionShows(page, "#assessments", DataElementCatalogue.BySection(DataSection.Assessment), texas.Assessments, text);
    }

    [Fact]
    public async Task Show_CodeValues_ShownWithCodeSetLabels()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var page = await GetAsync(student.MsixId);

        var enrollments = Normalised(page.Document.QuerySelector("#enrollments")!);
        Assert.Contains("Basic School Program (01)", enrollments, StringComparison.Ordinal);
        Assert.Contains("Grade 10 (10)", enrollments, StringComparison.Ordinal);
        Assert.Contains("Birth certificate (1004)", Normalised(page.Document.QuerySelector("#demographics")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_StatesDisagreeOnBirthDateAndSpelling_BothValuesFlaggedWithStateAndDate()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var page = await GetAsync(student.MsixId);

        var flagged = page.Document.QuerySelectorAll("#demographics tr.record-disagree")
            .ToDictionary(row => row.QuerySelector("th")!.TextContent.Trim(), Normalised);
        Assert.Contains("02/14/2010 TX · 03/02/2026", flagged["Birth Date"], StringComparison.Ordinal);
        Assert.Contains("02/15/2010 CA · 09/09/2025", flagged["Birth Date"], StringComparison.Ordinal);
        Assert.Contains("States disagree", flagged["Birth Date"], StringComparison.Ordinal);
        Assert.Contains("José Ángel", flagged["First Name"], StringComparison.Ordinal);
        Assert.Contains("Jose Angel", flagged["First Name"], StringComparison.Ordinal);
        Assert.DoesNotContain("Last Name 1", flagged.Keys);
        Assert.DoesNotContain("State Student Identifier", flagged.Keys);
        var agreed = page.Document.QuerySelectorAll("#demographics tr").Single(r => r.QuerySelector("th")?.TextContent.Trim() == "Last Name 1");
        Assert.Contains("TX · 03/02/2026", Normalised(agreed), StringComparison.Ordinal);
        Assert.Contains("CA · 09/09/2025", Normalised(agreed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_PartialAndInProgressCourses_CreditTotalsCountThemApart()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var page = await GetAsync(student.MsixId);

        var rows = page.Document.QuerySelectorAll("#courses table.record-credits tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray());
        Assert.Equal(["2.00", "0.00", "2.00", "0", "0"], rows["Mathematics"]);
        Assert.Equal(["0.00", "0.50", "0.50", "0", "0"], rows["Science"]);
        Assert.Equal(["0.00", "0.00", "0.00", "1", "30"], rows["English Language Arts"]);
        Assert.Equal(["2.00", "0.50", "2.50", "1", "30"], rows[CreditAccrual.AllSubjects]);
        var statuses = page.Document.QuerySelectorAll("#courses table.record-courses tbody tr")
            .ToDictionary(r => r.QuerySelector("td")!.TextContent.Trim(), r => r.QuerySelector("td[data-label=Status]")!.TextContent.Trim());
        Assert.Equal("Completed", statuses["Algebra I"]);
        Assert.Equal("Partial credit", statuses["Biology"]);
        Assert.Equal("In progress", statuses["English 10"]);
    }

    [Fact]
    public async Task Show_FullChild_HeaderSummaryHasFlagsEligibilityAndLatestEnrollment()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var page = await GetAsync(student.MsixId);

        var header = page.Document.QuerySelector(".record-header")!;
        Assert.Equal("José Ángel Ñandú Muñoz Peña Jr.", header.QuerySelector("h1")!.TextContent.Trim());
        var badges = header.QuerySelectorAll(".record-badges li").Select(b => b.FirstChild!.TextContent.Trim()).ToList();
        Assert.Equal(["Medical alert: Chronic", "IDEA (IEP)", "English learner", "Priority for Services", "Immunization record on file"], badges);
        var summary = Normalised(header.QuerySelector(".record-summary")!);
        Assert.Contains("Eligible until 06/01/2027", summary, StringComparison.Ordinal);
        Assert.Contains("Pharr-San Juan-Alamo High School, 08/20/2025 – 01/15/2026 TX · 03/02/2026", summary, StringComparison.Ordinal);
        Assert.Contains("Grade 10 (10)", summary, StringComparison.Ordinal);
        Assert.Contains("Earned a High School Equivalency (HSE) on 01/10/2026", Normalised(page.Document.QuerySelector("#courses")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_TwoStates_StateRecordsSideBySideWithLastSubmission()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var page = await GetAsync(student.MsixId);

        var headings = page.Document.QuerySelectorAll("#state-records thead th").Skip(1).Select(Normalised).ToList();
        Assert.Equal(2, headings.Count);
        Assert.StartsWith("TX", headings[0], StringComparison.Ordinal);
        Assert.Contains("last submitted 03/02/2026", headings[0], StringComparison.Ordinal);
        Assert.StartsWith("CA", headings[1], StringComparison.Ordinal);
        Assert.Contains("last submitted 09/09/2025", headings[1], StringComparison.Ordinal);
        var enrollments = page.Document.QuerySelectorAll("#state-records tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Enrollments");
        Assert.Equal(["1", "1"], enrollments.QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public async Task Show_EnrollmentsFromTwoStates_OneTimelineNewestFirst()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var page = await GetAsync(student.MsixId);

        var schools = page.Document.QuerySelectorAll("#enrollments .record-timeline__school").Select(s => s.TextContent.Trim());
        Assert.Equal(["Pharr-San Juan-Alamo High School", "Delano Migrant Summer Academy"], schools);
    }

    [Fact]
    public async Task Show_Viewed_AuditRowWithMsixIdAndNoName()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        await GetAsync(student.MsixId);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var row = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.RecordViewed && e.TargetId == student.MsixId);
        Assert.Equal(RecordAudit.TargetType, row.TargetType);
        Assert.Equal(PortalRoles.MepStaff, row.UserRoles);
        Assert.Equal("TX", row.StateCode);
        Assert.DoesNotContain("Muñoz", row.Detail ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Record_NotCachedAndNoNameInTitle()
    {
        var student = await RecordTestData.SaveFullChildAsync(factory.Services);

        var page = await GetAsync(student.MsixId);

        Assert.True(page.Response.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain("Muñoz", page.Document.Title, StringComparison.Ordinal);
        Assert.Contains(student.MsixId, page.Document.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("100000000000")]
    public async Task Show_MalformedOrUnknownMsixId_NotFound(string msixId)
    {
        var client = await factory.ClientAsync(PortalRoles.MepStaff);

        var response = await client.GetAsync(new Uri("/records/" + msixId, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Show_Anonymous_RedirectedToSignIn()
    {
        var student = await RecordTestData.SaveAsync(factory.Services, RecordTestData.MinimalRecord("FL"));

        var response = await factory.CreatePortalClient().GetAsync(new Uri("/records/" + student.MsixId, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/signin", response.LocationPath(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PortalRoles.Recruiter, false)]
    [InlineData(PortalRoles.MepStaff, true)]
    public async Task Show_Role_ExportFormOnlyForRolesThatMayExport(string role, bool expected)
    {
        var student = await RecordTestData.SaveAsync(factory.Services, RecordTestData.MinimalRecord("FL"));
        var client = await factory.ClientAsync(role);

        var page = await HtmlPage.GetAsync(client, "/records/" + student.MsixId);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(expected, page.Document.QuerySelector("#export form") is not null);
    }

    private async Task<HtmlPage> GetAsync(string msixId)
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(PortalRoles.MepStaff), "/records/" + msixId);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private async Task<RecordValueText> ValueTextAsync() =>
        new(await factory.Services.GetRequiredService<CodeSetLabels>().GetAsync());

    /// <summary>Every element's label is in the section, and so is each value the rows hold; the test data fills every element.</summary>
    private static void AssertSectionShows(HtmlPage page, string selector, IReadOnlyList<DataElement> elements,
        IEnumerable<object> rows, RecordValueText text)
    {
        var section = Normalised(page.Document.QuerySelector(selector)!);
        foreach (var element in elements)
        {
            Assert.Contains(element.Label, section, StringComparison.Ordinal);
            var values = rows.Select(row => text.Of(element, row)).OfType<string>().ToList();
            Assert.True(values.Count > 0, $"The test data has no value for {element.DisplayName}.");
            Assert.All(values, value => Assert.Contains(value, section, StringComparison.Ordinal));
        }
    }

    /// <summary>The text a sighted reader sees, whitespace collapsed (screen-reader-only text left out).</summary>
    private static string Normalised(IElement element)
    {
        var copy = (IElement)element.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".usa-sr-only").ToList())
        {
            hidden.Remove();
        }
        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
