using MsixPortal.Authorization;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.Reports;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>
/// The child count against a population known by construction, in Idaho for the current period:
/// 6 children in grade 3 (5 of them also in a summer project, and the same 5 also eligible in Oregon),
/// 2 in grade 7 without a sex (a required element), 5 whose eligibility ended 90 days before the
/// period. Expected: category 1 K–5 = 6, 6–8 = &lt;5; category 2 K–5 = 5; expired 5, also in another
/// State 5, missing an element &lt;5.
/// </summary>
public class ChildCountReportTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    private const string Explains = "Explains a difference";

    [Fact]
    public async Task ChildCount_KnownPopulation_CategoriesBandsAndReasonsWithSmallCellsSuppressed()
    {
        await ArrangeAsync();
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "ID");

        var table = await ReportPages.TableAsync(administrator, "/reports/child-count");

        Assert.Equal(["ID", "Category 1", "Kindergarten to grade 5", "6"], table.Row("ID", "Category 1", "Kindergarten to grade 5"));
        Assert.Equal(["ID", "Category 1", "Grades 6–8", "<5"], table.Row("ID", "Category 1", "Grades 6–8"));
        Assert.Equal(["ID", "Category 2", "Kindergarten to grade 5", "5"], table.Row("ID", "Category 2", "Kindergarten to grade 5"));
        Assert.Equal("5", table.Row("ID", Explains, "Eligibility expired in the year before the period")[3]);
        Assert.Equal("5", table.Row("ID", Explains, "Also eligible in another State in the period")[3]);
        Assert.Equal("<5", table.Row("ID", Explains, "Missing a required data element")[3]);
        Assert.DoesNotContain("OR", table.Column(0));
        // The bars' value labels (font size 11; the axis uses 12): the grade 6–8 bar reads n/a, never 2.
        Assert.DoesNotMatch("font-size=\"11\"[^>]*>2<", table.Chart!.OuterHtml);
        Assert.Matches("font-size=\"11\"[^>]*>n/a<", table.Chart.OuterHtml);
    }

    [Fact]
    public async Task ChildCount_NationalAdministrator_SeesEveryStateAndTheExportSuppresses()
    {
        await ArrangeAsync();
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var table = await ReportPages.TableAsync(national, "/reports/child-count");
        var csv = await ReportPages.CsvAsync(national, "/reports/child-count/export.csv?State=ID");

        Assert.Contains("OR", table.Column(0));
        Assert.Equal("5", table.Row("OR", "Category 1", "Ungraded or out of school")[3]);
        Assert.Contains("ID,Category 1,Grades 6–8,<5", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("OR,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildCount_PreviousPeriod_CountsOnlyChildrenEligibleThen()
    {
        await ArrangeAsync();
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "ID");
        var previous = ReportQuery.PeriodOf(WorkingDays.Today(factory.Clock)) - 1;

        var table = await ReportPages.TableAsync(administrator, $"/reports/child-count?Period={previous}");

        Assert.Equal("5", table.Row("ID", "Category 1", "Ungraded or out of school")[3]);
        Assert.DoesNotContain("Category 2", table.Column(1));
    }

    [Fact]
    public async Task StateCount_EnteredThenConfirmed_TableShowsTheDifferences()
    {
        await ArrangeAsync();
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "ID");
        var page = await HtmlPage.GetAsync(administrator, "/reports/child-count");

        var confirm = await page.Form("/reports/child-count/state-count").Set("Category1", "20").Set("Category2", "5").SubmitAsync(administrator);
        var before = await ReportPages.TableAsync(administrator, "/reports/child-count");
        var done = await confirm.Form("/reports/child-count/state-count").SubmitAsync(administrator);

        Assert.Contains("20", confirm.Text("[data-testid=confirm-state-count]"), StringComparison.Ordinal);
        Assert.DoesNotContain("The State's own count", before.Column(2));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, done.StatusCode);
        var table = await ReportPages.TableAsync(administrator, done.Location!.OriginalString);
        Assert.Contains("was recorded", table.Page.Text("[role=status]"), StringComparison.Ordinal);
        Assert.Equal("20", table.Row("ID", "Category 1", "The State's own count")[3]);
        Assert.Equal("12", table.Row("ID", "Category 1", Difference)[3]); // 20 less 6 + 2
        Assert.Equal("0", table.Row("ID", "Category 2", Difference)[3]);  // 5 less 5
    }

    [Fact]
    public async Task StateCount_Negative_ErrorSummaryAndNothingRecorded()
    {
        await ArrangeAsync();
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "ID");
        var page = await HtmlPage.GetAsync(administrator, "/reports/child-count");

        var answer = await page.Form("/reports/child-count/state-count").Set("Category1", "-3").Set("Category2", "1").SubmitAsync(administrator);

        Assert.Contains("whole number from 0", answer.Text("[data-testid=error-summary]"), StringComparison.Ordinal);
        Assert.Null(answer.Document.QuerySelector("[data-testid=record-state-count]"));
    }

    [Fact]
    public async Task ChildCount_StateNeverSummarised_SaysSoInsteadOfFailing()
    {
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "VT");

        var table = await ReportPages.TableAsync(administrator, "/reports/child-count");

        Assert.Empty(table.Rows);
        Assert.Contains("have not been computed yet", table.Page.Document.QuerySelector(".portal-report-notes")!.TextContent, StringComparison.Ordinal);
    }

    private const string Difference = "Difference (the State's count less the exchange's)";

    private async Task ArrangeAsync()
    {
        if (await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                db.StateStudentRecords, r => r.StateCode == "ID")))
        {
            return;
        }
        var period = ReportQuery.PeriodOf(WorkingDays.Today(factory.Clock));
        var starts = new DateOnly(period, 9, 1);
        for (var i = 0; i < 6; i++)
        {
            var idaho = new EligibleRecord("ID", starts.AddDays(10), Grade: "03", Summer: i < 5);
            await (i < 5
                ? EligibleChildren.CreateAsync(factory, idaho, new EligibleRecord("OR", starts.AddDays(20)))
                : EligibleChildren.CreateAsync(factory, idaho));
        }
        for (var i = 0; i < 2; i++)
        {
            await EligibleChildren.CreateAsync(factory, new EligibleRecord("ID", starts.AddDays(10), Grade: "07", Sex: ""));
        }
        for (var i = 0; i < 5; i++)
        {
            await EligibleChildren.CreateAsync(factory, new EligibleRecord("ID", starts.AddYears(-3), Expires: starts.AddDays(-90)));
        }
        await EligibleChildren.RefreshAsync(factory, "ID", "OR");
    }
}
