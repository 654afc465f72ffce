using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.Reports;
using MsixPortal.Features.Reports.Summaries;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>
/// How the summaries are kept current (Guam, current period): after a submission only the children
/// whose records it sent are recomputed and the State's counts summed again; the full refresh (a
/// State's first, the daily round) recomputes every child.
/// </summary>
public class ReportSummaryRefreshTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    private const string State = "GU";
    private const string KToFive = "Kindergarten to grade 5";

    [Fact]
    public async Task Refresh_AfterASubmission_RecomputesTheChildrenItSentAndTheFullRoundTheRest()
    {
        var period = ReportQuery.PeriodOf(WorkingDays.Today(factory.Clock));
        var arrival = new DateOnly(period, 9, 1).AddDays(10);
        for (var i = 0; i < 6; i++)
        {
            await EligibleChildren.CreateAsync(factory, new EligibleRecord(State, arrival, Grade: "03"));
        }
        await EligibleChildren.RefreshAsync(factory, State);
        var administrator = await factory.SignInAsync(PortalRoles.DataAdministrator, State);
        Assert.Equal("6", (await ReportPages.TableAsync(administrator, "/reports/child-count")).Row(State, "Category 1", KToFive)[3]);

        // A submission: five new children sent (and the request its transaction leaves), while one
        // child's grade changes without being sent (as a merge would): only the daily round sees that.
        var submittedAt = DateTime.UtcNow.AddSeconds(-1);
        for (var i = 0; i < 5; i++)
        {
            await EligibleChildren.CreateAsync(factory, new EligibleRecord(State, arrival, Grade: "04", Summer: true));
        }
        await factory.WithDbAsync(async db =>
        {
            await ReportRefreshRequests.MarkAsync(db, State, submittedAt, CancellationToken.None);
            await db.Database.ExecuteSqlAsync($"""
                UPDATE enrollments SET grade_level = '07' WHERE id = (SELECT min(e.id) FROM enrollments e
                JOIN state_student_records r ON r.id = e.state_student_record_id WHERE r.state_code = {State})
                """);
        });
        await RefreshDueAsync();

        var afterSubmission = await ReportPages.TableAsync(administrator, "/reports/child-count");
        Assert.Equal("11", afterSubmission.Row(State, "Category 1", KToFive)[3]);
        Assert.Equal("5", afterSubmission.Row(State, "Category 2", KToFive)[3]);
        Assert.DoesNotContain(afterSubmission.Rows, r => r[2] == "Grades 6–8");
        Assert.False(await factory.WithDbAsync(db => db.Database
            .SqlQuery<int>($"SELECT 1 AS \"Value\" FROM report_refresh_requests WHERE state_code = {State}").AnyAsync()));

        await EligibleChildren.RefreshAsync(factory, State);

        var afterFullRound = await ReportPages.TableAsync(administrator, "/reports/child-count");
        Assert.Equal("10", afterFullRound.Row(State, "Category 1", KToFive)[3]);
        Assert.Equal("<5", afterFullRound.Row(State, "Category 1", "Grades 6–8")[3]);
    }

    private async Task RefreshDueAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReportSummaryRefresher>().RefreshDueAsync(TimeSpan.FromDays(1), CancellationToken.None);
    }
}
