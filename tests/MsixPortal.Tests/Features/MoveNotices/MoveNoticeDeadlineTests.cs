using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.MoveNotices;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.MoveNotices;

/// <summary>
/// The 4-working-day deadline with the app's clock moved across a holiday and a weekend. The
/// services are called directly: moving the clock by days would end any signed-in session.
/// </summary>
public class MoveNoticeDeadlineTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Overdue_FourWorkingDaysAcrossChristmasAndWeekend_CountedOnlyAfterTheDueDate()
    {
        // Wednesday 23 December 2026: Friday the 25th is Christmas, then a weekend: due Wednesday the 30th.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 23, 15, 0, 0, TimeSpan.Zero));
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = Principal(await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX"));
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<MoveNoticeService>().SendAsync(student.MsixId, new MoveNoticeInputModel
            {
                Kind = MoveNoticeKind.MovingTo, StateCode = "OK", MoveDate = new DateOnly(2026, 12, 21), SenderContact = "555-0100",
            }, sender, CancellationToken.None))!.Value;
        }

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 30, 23, 0, 0, TimeSpan.Zero));
        var onDueDate = await SentAsync(sender);
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 31, 8, 0, 0, TimeSpan.Zero));
        var dayAfter = await SentAsync(sender);

        var notice = Assert.Single(onDueDate.Items, i => i.Id == id);
        Assert.Equal(new DateOnly(2026, 12, 30), notice.DueOn);
        Assert.Equal(0, onDueDate.OverdueCount);
        Assert.Equal(1, dayAfter.OverdueCount);
        Assert.True(Assert.Single(dayAfter.Items).IsOverdue);
    }

    private async Task<MoveNoticeSentViewModel> SentAsync(System.Security.Claims.ClaimsPrincipal user)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MoveNoticeQueries>().SentAsync(user, CancellationToken.None);
    }
}
