using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Deadlines;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>
/// The accounts report against known accounts in Alaska: 6 active and current, 2 disabled for
/// inactivity, 1 whose training is 400 days old, 1 who accepted the Rules of Behavior 350 days ago,
/// and 2 applications waiting, the older one for 5 working days.
/// </summary>
public class AccountsReportTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Accounts_KnownAccounts_CountsPerState()
    {
        var today = WorkingDays.Today(factory.Clock);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 6; i++)
        {
            await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "AK");
        }
        for (var i = 0; i < 2; i++)
        {
            await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "AK", configure: u =>
            {
                u.Status = AccountStatus.Disabled;
                u.DisabledReason = AccountDisabledReason.Inactivity;
            });
        }
        await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "AK", configure: u => u.TrainingCompletedOn = today.AddDays(-400));
        await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "AK", configure: u => u.RulesOfBehaviorAcceptedAt = now.AddDays(-350));
        var older = await TestApplications.CreateAsync(factory.Services, "AK", PortalRoles.MepStaff);
        await TestApplications.CreateAsync(factory.Services, "AK", PortalRoles.MepStaff);
        var fiveDaysAgo = WorkingDays.Subtract(today, 5).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        await factory.WithDbAsync(db => db.AccountApplications.Where(a => a.Id == older.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedAt, fiveDaysAgo)));
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var table = await ReportPages.TableAsync(national, "/reports/accounts?State=AK");

        Assert.Equal(["AK", "8", "2", "1", "1", "2", "5"], table.Row("AK"));
        Assert.NotNull(table.Chart);
    }

    [Fact]
    public async Task Accounts_UserAdministrator_SeesOnlyTheirState()
    {
        await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "AL");
        var administrator = await factory.SignInAsync(PortalRoles.UserAdministrator, "HI");

        var table = await ReportPages.TableAsync(administrator, "/reports/accounts?State=AL");

        Assert.Equal(["HI"], table.Column(0));
        Assert.Equal("1", table.Row("HI")[1]);
    }
}
