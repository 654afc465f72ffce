using MsixPortal.Authorization;
using MsixPortal.Features.Deadlines;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>
/// Move activity against known notices sent last month: Colorado to New Mexico 6 children (one of them
/// twice), Colorado to Arizona 2, Texas to New Mexico 5.
/// </summary>
public class MoveActivityReportTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Moves_ReceivingState_SeesFlowsIntoItWithDistinctChildren()
    {
        await ArrangeAsync();
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "NM");

        var table = await ReportPages.TableAsync(administrator, "/reports/moves");

        Assert.Equal(["CO", "NM", "6", "7"], table.Row("CO", "NM"));
        Assert.Equal(["TX", "NM", "5", "5"], table.Row("TX", "NM"));
        Assert.Equal(2, table.Rows.Count);
        Assert.Contains("CO → NM", table.Chart!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moves_SendingState_SmallFlowSuppressedInPageChartAndExport()
    {
        await ArrangeAsync();
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, "CO");

        var table = await ReportPages.TableAsync(administrator, "/reports/moves");
        var csv = await ReportPages.CsvAsync(administrator, "/reports/moves/export.csv");

        Assert.Equal(["CO", "AZ", "<5", "<5"], table.Row("CO", "AZ"));
        Assert.DoesNotContain("CO → AZ", table.Chart!.TextContent, StringComparison.Ordinal);
        Assert.Contains("CO,AZ,<5,<5", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("TX", table.Column(0));
    }

    private async Task ArrangeAsync()
    {
        if (await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                db.MoveNotices, n => n.SenderStateCode == "CO")))
        {
            return;
        }
        var population = new ReportPopulation(factory);
        var sent = WorkingDays.Today(factory.Clock).AddMonths(-1);
        var due = WorkingDays.Add(sent, 4);
        async Task FlowAsync(string from, string to, int children)
        {
            for (var i = 0; i < children; i++)
            {
                var child = (await TestStudents.CreateAsync(factory.Services, from)).Id;
                await population.MoveNoticeAsync(to, sent, due, senderState: from, student: child);
                if (from == "CO" && to == "NM" && i == 0)
                {
                    await population.MoveNoticeAsync(to, sent, due, senderState: from, student: child);
                }
            }
        }
        await FlowAsync("CO", "NM", 6);
        await FlowAsync("CO", "AZ", 2);
        await FlowAsync("TX", "NM", 5);
    }
}
