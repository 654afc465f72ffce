using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Data.MsixIds;
using MsixPortal.Features.Reports.Summaries;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests.Features.Reports;

/// <summary>
/// Every report at desktop and phone widths, as a national administrator: the chart is drawn (an SVG
/// named by its title), the table is there, axe finds no serious violation, and a screenshot of each
/// chart and page lands in test-output/browser (reports-{slug}-chart-{width}.png).
/// </summary>
[Collection(BrowserSuite.Name)]
public class ReportsBrowserTests(BrowserFixture browser)
{
    private static readonly string[] Slugs = ["child-count", "data-quality", "timeliness", "workload", "accounts", "moves"];

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Reports_EveryReport_ChartTableAndAccessible(int width)
    {
        await PopulateAsync();
        var page = await browser.SignInAsync(width, PortalRoles.NationalAdministrator, null);

        await page.GotoAsync("/reports");
        await BrowserFixture.AssertAccessibleAsync(page);
        foreach (var slug in Slugs)
        {
            await page.GotoAsync($"/reports/{slug}");
            var chart = page.Locator("[data-testid=report-chart] svg");
            Assert.Equal("img", await chart.GetAttributeAsync("role"));
            Assert.True(await page.Locator("[data-testid=report-table]").First.IsVisibleAsync(), slug);
            await page.Locator("[data-testid=report-chart]").ScreenshotAsync(new LocatorScreenshotOptions
            {
                Path = Path.Combine(TestOutput.Directory("browser"), $"reports-{slug}-chart-{width}.png"),
            });
            // The top of the page (filters, exports, chart): a full phone page is several screens of stacked table.
            await BrowserFixture.ScreenshotAsync(page, $"reports-{slug}-{width}", fullPage: false);
            await BrowserFixture.AssertAccessibleAsync(page);
        }
        browser.AssertNoBrowserErrors(page);
    }

    [Fact]
    public async Task Reports_StateFilterOnAPhone_ShowsThatStateOnly()
    {
        await PopulateAsync();
        var page = await browser.SignInAsync(Viewport.Phone, PortalRoles.NationalAdministrator, null);

        await page.GotoAsync("/reports/child-count");
        await page.SelectOptionAsync("#State", "WA");
        await page.ClickAsync("[data-testid=apply-filters]");
        await page.WaitForURLAsync("**State=WA**");

        Assert.Contains("Washington (WA)", await page.InnerTextAsync("[data-testid=report-scope]"), StringComparison.Ordinal);
        var states = await page.Locator("[data-testid=report-table] tbody tr th").AllInnerTextsAsync();
        Assert.All(states, s => Assert.Contains("WA", s, StringComparison.Ordinal));
        await BrowserFixture.AssertAccessibleAsync(page);
        browser.AssertNoBrowserErrors(page);
    }

    private static readonly SemaphoreSlim Populated = new(1, 1);
    private static bool _done;

    /// <summary>A few dozen children in three States with moves, enrollments and work items, then the summaries.</summary>
    private async Task PopulateAsync()
    {
        await Populated.WaitAsync();
        try
        {
            if (_done)
            {
                return;
            }
            await using var scope = browser.Portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var ids = scope.ServiceProvider.GetRequiredService<MsixIdGenerator>();
            var now = DateTime.UtcNow;
            var today = DateOnly.FromDateTime(now);
            string[] states = ["WA", "OR", "CA"];
            string[] grades = ["KG", "03", "07", "10", "P3"];
            var students = new List<ConsolidatedStudent>();
            for (var i = 0; i < 60; i++)
            {
                var state = states[i % 3];
                var record = new StateStudentRecord
                {
                    StateCode = state, StateStudentId = $"{state}{i:D6}", StateStudentIdType = "01", FirstName = "Rosa",
                    LastName1 = TestStudents.LastName, Sex = i % 7 == 0 ? "" : "Female", BirthDate = TestStudents.BirthDate.AddYears(i % 12 - 6),
                    CreatedAt = now, LastSubmittedAt = now,
                };
                record.QualifyingMoves.Add(new QualifyingMove { Sequence = 1, SubmittedAt = now, QualifyingArrivalDate = today.AddMonths(-(i % 30)) });
                record.Enrollments.Add(new Enrollment
                {
                    Sequence = 1, SubmittedAt = now, EnrollmentDate = today.AddMonths(-(i % 30)), EnrollmentType = i % 4 == 0 ? "03" : "01",
                    GradeLevel = grades[i % grades.Length], WithdrawalDate = i % 5 == 0 ? today.AddDays(-40 - i) : null,
                });
                var student = new ConsolidatedStudent { MsixId = await ids.NextAsync(), CreatedAt = now };
                student.StateRecords.Add(record);
                students.Add(student);
                db.ConsolidatedStudents.Add(student);
            }
            await db.SaveChangesAsync();
            for (var i = 0; i < 24; i++)
            {
                var sent = today.AddDays(-3 * i);
                db.MoveNotices.Add(new MoveNotice
                {
                    Kind = MoveNoticeKind.MovingTo, ConsolidatedStudentId = students[i].Id, StateCode = states[(i + 1) % 3],
                    SenderStateCode = states[i % 3], MoveDate = sent, SenderContact = "registrar@example.org", SenderUserId = Guid.NewGuid(),
                    SentAt = sent.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc), DueOn = sent.AddDays(6),
                    Status = i % 3 == 0 ? MoveNoticeStatus.Sent : MoveNoticeStatus.Enrolled,
                    OutcomeAt = i % 3 == 0 ? null : sent.AddDays(i % 2 == 0 ? 2 : 9).ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc),
                });
            }
            await db.SaveChangesAsync();
            foreach (var state in states)
            {
                await scope.ServiceProvider.GetRequiredService<ReportSummaryRefresher>().RefreshStateAsync(state, CancellationToken.None);
            }
            _done = true;
        }
        finally
        {
            Populated.Release();
        }
    }
}
