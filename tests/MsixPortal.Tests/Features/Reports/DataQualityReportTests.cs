using MsixPortal.Authorization;
using MsixPortal.DataElements;
using MsixPortal.Features.Deadlines;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>
/// Data quality against a known population in Utah: 7 children, none with a middle name, each with
/// one enrollment whose grade is set, one of them "XX" (not in the grade code set); one file this
/// month that rejected 3 records. In Nevada, 5 children (not shown to Utah).
/// </summary>
public class DataQualityReportTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task DataQuality_KnownPopulation_CompletenessCodeSetsAndRejections()
    {
        await ArrangeAsync();
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "UT");

        var table = await ReportPages.TableAsync(administrator, "/reports/data-quality");
        var trend = await ReportPages.TableAsync(administrator, "/reports/data-quality", "trend");

        Assert.Equal(["UT", Name(4), "7", "100.00", "0"], table.Row("UT", Name(4)));
        Assert.Equal(["UT", Name(5), "7", "0.00", "0"], table.Row("UT", Name(5)));
        Assert.Equal(["UT", Name(42), "7", "100.00", "<5"], table.Row("UT", Name(42)));
        Assert.DoesNotContain("NV", table.Column(0));
        var month = WorkingDays.Today(factory.Clock).ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var thisMonth = trend.Row("UT", month);
        Assert.Equal("1", thisMonth[2]);
        Assert.Equal("<5", thisMonth[3]);
        Assert.NotNull(table.Chart);
    }

    [Fact]
    public async Task DataQuality_NationalAdministrator_SeesEveryState()
    {
        await ArrangeAsync();
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var table = await ReportPages.TableAsync(national, "/reports/data-quality");

        Assert.Equal("5", table.Row("NV", Name(4))[2]);
        Assert.Equal("7", table.Row("UT", Name(4))[2]);
    }

    private static string Name(int number) => DataElementCatalogue.ByNumber(number).DisplayName;

    private async Task ArrangeAsync()
    {
        if (await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                db.StateStudentRecords, r => r.StateCode == "UT")))
        {
            return;
        }
        var today = WorkingDays.Today(factory.Clock);
        for (var i = 0; i < 7; i++)
        {
            await EligibleChildren.CreateAsync(factory, new EligibleRecord("UT", today.AddMonths(-2), Grade: i == 0 ? "XX" : "05"));
        }
        for (var i = 0; i < 5; i++)
        {
            await EligibleChildren.CreateAsync(factory, new EligibleRecord("NV", today.AddMonths(-2), Grade: "05"));
        }
        await new ReportPopulation(factory).SubmissionAsync("UT", today, inserted: 7, late: 0, rejected: 3);
        await EligibleChildren.RefreshAsync(factory, "UT", "NV");
    }
}
