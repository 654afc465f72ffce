using MsixPortal.Authorization;
using MsixPortal.Features.Account;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

/// <summary>
/// Issue 3 point 7: the training reminder goes out from the background job on its own, without
/// anyone calling it (LifecycleTests covers who gets one and when).
/// </summary>
public class TrainingReminderJobTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    [Fact]
    public async Task MaintenanceJob_NextRun_EmailsUserWhoseTrainingExpiresWithinThirtyDays()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX",
            configure: u => u.TrainingCompletedOn = u.TrainingCompletedOn!.Value.AddDays(-340));

        factory.Clock.Advance(new AccountOptions().ReminderInterval);
        var reminder = await factory.Mail.LatestToAsync(account.Email);

        Assert.Contains("training expires", reminder.Subject, StringComparison.Ordinal);
        Assert.Single(factory.Mail.To(account.Email));
    }
}
