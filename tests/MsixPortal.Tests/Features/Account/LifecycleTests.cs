using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account;
using MsixPortal.Features.Account.Lifecycle;
using MsixPortal.Features.Account.SignIn;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class LifecycleTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    private static readonly string[] GatedPaths = ["/", "/account", "/account/enrol"];

    [Fact]
    public async Task SignIn_AfterSixtyOneDaysUnused_DisablesTheAccount()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX",
            configure: u => u.LastSignInAt = u.CreatedAt = u.ActivatedAt!.Value.AddDays(-61));

        var page = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, account.Password);
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == account.Id));

        Assert.Contains(SignInMessages.DisabledForInactivity, page.Errors, StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Disabled, user.Status);
        Assert.Equal(AccountDisabledReason.Inactivity, user.DisabledReason);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(
            e => e.Action == AccountAuditActions.DisabledForInactivity && e.UserId == account.Id)));
    }

    [Fact]
    public async Task SignIn_AfterFiftyNineDaysUnused_Works()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX",
            configure: u => u.LastSignInAt = u.ActivatedAt!.Value.AddDays(-59));

        var client = await factory.SignInAsync(account);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TrainingOlderThanAYear_EveryPage_RedirectsToRecertification()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX",
            configure: u => u.TrainingCompletedOn = u.TrainingCompletedOn!.Value.AddDays(-366));
        var client = await factory.SignInAsync(account);

        var responses = await Task.WhenAll(GatedPaths.Select(p => client.GetAsync(new Uri(p, UriKind.Relative))));
        var recertify = await HtmlPage.GetAsync(client, "/account/recertify");

        Assert.All(responses, r => Assert.Equal("/account/recertify", r.LocationPath()));
        Assert.Equal(HttpStatusCode.OK, recertify.StatusCode);
    }

    [Fact]
    public async Task RulesAcceptedOverAYearAgo_EveryPage_RedirectsToRecertification()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX",
            configure: u => u.RulesOfBehaviorAcceptedAt = u.RulesOfBehaviorAcceptedAt!.Value.AddDays(-366));
        var client = await factory.SignInAsync(account);

        var responses = await Task.WhenAll(GatedPaths.Select(p => client.GetAsync(new Uri(p, UriKind.Relative))));

        Assert.All(responses, r => Assert.Equal("/account/recertify", r.LocationPath()));
    }

    [Fact]
    public async Task Recertify_NewTrainingDateAndRulesAccepted_OpensThePortalAgain()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX",
            configure: u => u.RulesOfBehaviorAcceptedAt = u.RulesOfBehaviorAcceptedAt!.Value.AddDays(-400));
        var client = await factory.SignInAsync(account);
        var form = (await HtmlPage.GetAsync(client, "/account/recertify")).Form("/account/recertify");
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var done = await form.Set("Input.TrainingCompletedOn", today).Set("Input.AcceptRulesOfBehavior", "true").PostAsync(client);
        var accountPage = await client.GetAsync(new Uri("/account", UriKind.Relative));
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == account.Id));

        Assert.Equal("/", done.LocationPath());
        Assert.Equal(HttpStatusCode.OK, accountPage.StatusCode);
        Assert.True(user.RulesOfBehaviorAcceptedAt > factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1));
    }

    [Fact]
    public async Task Recertify_RulesNotAccepted_StaysOnThePage()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX",
            configure: u => u.TrainingCompletedOn = u.TrainingCompletedOn!.Value.AddDays(-400));
        var client = await factory.SignInAsync(account);
        var form = (await HtmlPage.GetAsync(client, "/account/recertify")).Form("/account/recertify");

        var page = await form.Set("Input.TrainingCompletedOn", "2001-01-01").SubmitAsync(client);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("within the last 12 months", page.Errors, StringComparison.Ordinal);
        Assert.Contains("accept them", page.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrainingReminder_ThirtyDaysBeforeExpiry_SentOncePerExpiry()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX",
            configure: u => u.TrainingCompletedOn = u.TrainingCompletedOn!.Value.AddDays(-340));

        var first = await SendRemindersAsync();
        var second = await SendRemindersAsync();
        var message = await factory.Mail.LatestToAsync(account.Email);
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == account.Id));

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        Assert.Single(factory.Mail.To(account.Email));
        Assert.Contains("training", message.Subject, StringComparison.Ordinal);
        Assert.Equal(user.TrainingCompletedOn!.Value.AddDays(365), user.TrainingReminderSentFor);
    }

    [Fact]
    public async Task TrainingReminder_ExpiryFurtherAway_NotSent()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX",
            configure: u => u.TrainingCompletedOn = u.TrainingCompletedOn!.Value.AddDays(-300));

        await SendRemindersAsync();

        Assert.Empty(factory.Mail.To(account.Email));
    }

    private async Task<int> SendRemindersAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingReminders>().SendDueAsync();
    }
}
