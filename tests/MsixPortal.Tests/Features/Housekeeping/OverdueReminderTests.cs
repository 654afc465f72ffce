using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.DataRequests;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.MoveNotices;
using MsixPortal.Tests.Features.Submissions;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.MergeSplit.MergeSplitFlows;

namespace MsixPortal.Tests.Features.Housekeeping;

/// <summary>Overdue move notices and data requests remind their State's recipients once, in the portal and through the outbox.</summary>
public class OverdueReminderTests(HousekeepingAppFactory factory) : IClassFixture<HousekeepingAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Remind_MoveNoticePastItsDueDate_NotifiesRecipientsOnceByPortalAndEmail()
    {
        var recipient = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.DataAdministrator], "OK");
        var id = await SendMoveNoticeAsync("OK");
        var dueOn = await factory.QueryAsync(db => db.MoveNotices.Where(n => n.Id == id).Select(n => n.DueOn).SingleAsync());
        MoveClockTo(dueOn, hour: 23);
        var onDueDate = await RemindAsync();

        MoveClockTo(dueOn.AddDays(1), hour: 8);
        var dayAfter = await RemindAsync();
        var nextRound = await RemindAsync();

        Assert.Equal((0, 1, 0), (onDueDate, dayAfter, nextRound));
        var reminders = await factory.QueryAsync(db => db.Notifications.Where(n => n.UserId == recipient.Id && n.Text.Contains("overdue")).ToListAsync());
        Assert.Equal($"/move-notices/{id}", Assert.Single(reminders).Link);
        Assert.Equal(1, await factory.QueryAsync(db => db.OutboxEmails.CountAsync(e => e.To == recipient.Email && e.Subject.Contains("overdue"))));
    }

    [Fact]
    public async Task Remind_ClosedMoveNoticePastDue_NoReminder()
    {
        await TestAccounts.CreateAsync(factory.Services, [PortalRoles.DataAdministrator], "OK");
        var id = await SendMoveNoticeAsync("OK");
        await factory.QueryAsync(db => db.MoveNotices.Where(n => n.Id == id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, MoveNoticeStatus.Closed)));
        factory.Clock.Advance(TimeSpan.FromDays(14));

        var reminded = await RemindAsync();

        Assert.Equal(0, reminded);
        Assert.False(await factory.QueryAsync(db => db.Notifications.AnyAsync(n => n.Text.Contains("overdue"))));
    }

    [Fact]
    public async Task Remind_OpenDataRequestPastNeededBy_NotifiesTheAskedStatesDataAdministratorsOnce()
    {
        var neededBy = WorkingDays.Today(factory.Clock).AddDays(2);
        var student = await TestStudents.CreateAsync(factory.Services, "GA");
        var administrator = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.DataAdministrator], "GA");
        var requester = Principal(await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var (found, _, _, problem, _) = await scope.ServiceProvider.GetRequiredService<DataRequestService>().SendAsync(student.MsixId,
                new DataRequestInputModel { StateCodes = ["GA"], Kinds = ["Immunization"], Reason = "Enrolling", NeededBy = neededBy },
                requester, CancellationToken.None);
            Assert.True(found && problem is null, problem);
        }
        MoveClockTo(neededBy.AddDays(1), hour: 8);

        var first = await RemindAsync();
        var second = await RemindAsync();

        Assert.Equal((1, 0), (first, second));
        var reminder = await factory.QueryAsync(db => db.Notifications.SingleAsync(n => n.UserId == administrator.Id && n.Text.Contains("overdue")));
        Assert.StartsWith("/data-requests/", reminder.Link, StringComparison.Ordinal);
        Assert.Equal(1, await factory.QueryAsync(db => db.OutboxEmails.CountAsync(e => e.To == administrator.Email && e.Subject.Contains("overdue"))));
    }

    private async Task<long> SendMoveNoticeAsync(string toState)
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = Principal(await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX"));
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MoveNoticeService>().SendAsync(student.MsixId, new MoveNoticeInputModel
        {
            Kind = MoveNoticeKind.MovingTo, StateCode = toState, MoveDate = WorkingDays.Today(factory.Clock), SenderContact = "555-0100",
        }, sender, CancellationToken.None))!.Value;
    }

    /// <summary>The fake clock only moves forward: each step is later than the last.</summary>
    private void MoveClockTo(DateOnly date, int hour) =>
        factory.Clock.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero));

    private async Task<int> RemindAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OverdueReminders>().SendAsync(CancellationToken.None);
    }
}
