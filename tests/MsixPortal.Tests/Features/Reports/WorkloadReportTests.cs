using MsixPortal.Authorization;
using MsixPortal.Features.Deadlines;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>
/// Workload and aging against a known population in South Dakota: open move notices opened today (2),
/// 7 working days ago (1, overdue) and 40 working days ago (1, overdue); one data request held by the
/// administrator, 12 working days old; in North Dakota, one open notice. Ages count working days with
/// the portal's calendar, so a holiday between never makes an item older.
/// </summary>
public class WorkloadReportTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Workload_KnownPopulation_AgeBandsHoldersAndOverdueFirst()
    {
        var today = WorkingDays.Today(factory.Clock);
        var administrator = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "SD");
        var population = new ReportPopulation(factory);
        await population.MoveNoticeAsync("SD", today, WorkingDays.Add(today, 4));
        await population.MoveNoticeAsync("SD", today, WorkingDays.Add(today, 4));
        var sevenDaysAgo = WorkingDays.Subtract(today, 7);
        await population.MoveNoticeAsync("SD", sevenDaysAgo, WorkingDays.Add(sevenDaysAgo, 4));
        var fortyDaysAgo = WorkingDays.Subtract(today, 40);
        await population.MoveNoticeAsync("SD", fortyDaysAgo, WorkingDays.Add(fortyDaysAgo, 4));
        var twelveDaysAgo = WorkingDays.Subtract(today, 12);
        await population.DataRequestAsync("SD", twelveDaysAgo, today.AddDays(30), assignedTo: administrator.Account.Id);
        await population.MoveNoticeAsync("ND", today, WorkingDays.Add(today, 4));

        var table = await ReportPages.TableAsync(administrator.Client, "/reports/workload");

        Assert.Equal(["SD", "Move notices", "Unassigned", "2", "1", "0", "1", "2", "4"], table.Rows[0]);
        Assert.Equal(["SD", "Data requests", "Pat Tester", "0", "0", "1", "0", "0", "1"], table.Row("SD", "Data requests"));
        Assert.Equal(2, table.Rows.Count);
        Assert.NotNull(table.Chart);
        Assert.Contains("Move notices", table.Chart!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workload_NationalAdministratorChoosesAState_SeesThatStateOnly()
    {
        var today = WorkingDays.Today(factory.Clock);
        var population = new ReportPopulation(factory);
        await population.MoveNoticeAsync("NE", today, WorkingDays.Add(today, 4));
        await population.MoveNoticeAsync("KS", today, WorkingDays.Add(today, 4));
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var one = await ReportPages.TableAsync(national, "/reports/workload?State=NE");
        var all = await ReportPages.TableAsync(national, "/reports/workload");

        Assert.Equal(["NE"], one.Column(0).Distinct());
        Assert.Contains("KS", all.Column(0));
        Assert.Contains("NE", all.Column(0));
    }
}
