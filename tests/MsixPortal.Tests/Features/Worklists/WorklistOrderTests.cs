using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Features.Worklists;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.Worklists;

/// <summary>
/// Overdue first, then oldest. The services are called directly: moving the clock by days would
/// end any signed-in session.
/// </summary>
public class WorklistOrderTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task List_OverdueNoticeNewerThanAnOpenRequest_OverdueListedFirstAndCounted()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX", "ID");
        var staff = Principal(await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX"));
        var recipient = Principal(await TestAccounts.CreateAsync(factory.Services, [PortalRoles.DataAdministrator], "ID"));
        await WorkItemSetup.SendRequestThenNoticeAsync(factory, student, staff, "ID");
        factory.Clock.Advance(TimeSpan.FromDays(14));

        WorklistViewModel list;
        WorkNavigationViewModel counts;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var worklists = scope.ServiceProvider.GetRequiredService<WorklistService>();
            list = await worklists.ListAsync(recipient, new WorklistFilterInputModel(), CancellationToken.None);
            counts = await worklists.CountsAsync(recipient, unreadNotifications: 0, CancellationToken.None);
        }

        Assert.Equal([WorkKinds.MoveNotice, WorkKinds.DataRequest], list.Items.Select(i => i.Kind));
        Assert.True(list.Items[0].IsOverdue);
        Assert.Equal(1, list.OverdueCount);
        Assert.Equal((2, 1, 0), (counts.WorkCount, counts.OverdueCount, counts.UnreadNotifications));
    }
}
