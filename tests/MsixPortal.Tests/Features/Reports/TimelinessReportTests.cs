using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Features.Deadlines;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>
/// The timeliness report against a population whose answer is known: in Wyoming, 8 move notices due
/// in one month (6 handled by the due date, 2 after), 3 data requests answered on time (a small cell),
/// one file that inserted 10 children (3 late); in Montana 5 notices all on time.
/// </summary>
public class TimelinessReportTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    private const string Notices = "Move notices within 4 working days";

    [Fact]
    public async Task Timeliness_KnownPopulation_SharesOnTimeWithSmallCellsSuppressed()
    {
        var month = await ArrangeAsync();
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "WY");

        var table = await ReportPages.TableAsync(administrator, "/reports/timeliness");

        Assert.Equal(["WY", month, Notices, "8", "6", "75.00"], table.Row("WY", month, Notices));
        Assert.Equal(["WY", month, "Data requests by due date", "<5", "<5", "<5"], table.Row("WY", month, "Data requests by due date"));
        Assert.Equal(["WY", month, "New children within 10 working days", "10", "7", "70.00"],
            table.Row("WY", month, "New children within 10 working days"));
        Assert.DoesNotContain("MT", table.Column(0));
        Assert.NotNull(table.Chart);
    }

    [Fact]
    public async Task Timeliness_DataAdministratorAsksForAnotherState_SeesOnlyTheirOwn()
    {
        await ArrangeAsync();
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "WY");

        var table = await ReportPages.TableAsync(administrator, "/reports/timeliness?State=MT");
        var csv = await ReportPages.CsvAsync(administrator, "/reports/timeliness/export.csv?State=MT");

        Assert.All(table.Column(0), state => Assert.Equal("WY", state));
        Assert.DoesNotContain("MT,", csv, StringComparison.Ordinal);
        Assert.Contains("Wyoming (WY)", table.Page.Text("[data-testid=report-scope]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeliness_NationalAdministrator_SeesEveryStateAndExportsSuppressedCells()
    {
        var month = await ArrangeAsync();
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var table = await ReportPages.TableAsync(national, "/reports/timeliness");
        var csv = await ReportPages.CsvAsync(national, "/reports/timeliness/export.csv");

        Assert.Equal(["MT", month, Notices, "5", "5", "100.00"], table.Row("MT", month, Notices));
        Assert.Contains("WY", table.Column(0));
        Assert.Contains($"WY,{month},Data requests by due date,<5,<5,<5", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",3,", csv, StringComparison.Ordinal);
    }

    private bool _arranged;

    /// <summary>The population, once per test class (the fixture's database is shared); returns the month as the table prints it.</summary>
    private async Task<string> ArrangeAsync()
    {
        var today = WorkingDays.Today(factory.Clock);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-2);
        var month = first.ToString("MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        if (_arranged || await AlreadyArrangedAsync())
        {
            return month;
        }
        _arranged = true;
        var population = new ReportPopulation(factory);
        var due = first.AddDays(9);
        var sent = WorkingDays.Subtract(due, 4);
        for (var i = 0; i < 6; i++)
        {
            await population.MoveNoticeAsync("WY", sent, due, handledOn: i % 2 == 0 ? due : sent);
        }
        await population.MoveNoticeAsync("WY", sent, due, handledOn: due.AddDays(1));
        await population.MoveNoticeAsync("WY", sent, due, handledOn: due.AddDays(5));
        for (var i = 0; i < 3; i++)
        {
            await population.DataRequestAsync("WY", sent, due, answeredOn: due);
        }
        await population.SubmissionAsync("WY", due, inserted: 10, late: 3);
        for (var i = 0; i < 5; i++)
        {
            await population.MoveNoticeAsync("MT", sent, due, handledOn: due);
        }
        return month;
    }

    private Task<bool> AlreadyArrangedAsync() =>
        factory.WithDbAsync(db => db.MoveNotices.AnyAsync(n => n.StateCode == "MT"));
}
