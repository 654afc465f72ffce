using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Account;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Users;

/// <summary>Issue 3 point 6 and security.md 18: an administrator resets a user's authenticator after re-authenticating.</summary>
public class AuthenticatorResetTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    [Fact]
    public async Task Reset_AdministratorPasswordAndFreshCode_RemovesKeyAndRecoveryCodesAndEndsSessions()
    {
        var admin = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "TX");
        var target = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        var code = await TestAuthenticator.UnusedCodeAsync(factory.Services, admin.Account.Id, admin.Account.AuthenticatorKey);

        var response = await SubmitResetAsync(admin, target.Account.Id, admin.Account.Password, code);

        Assert.EndsWith("?result=authenticator-reset", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == target.Account.Id);
        Assert.Null(user.ProtectedAuthenticatorKey);
        Assert.False(await db.RecoveryCodes.AnyAsync(c => c.UserId == target.Account.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await target.Client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AccountAuditActions.MfaReset && e.TargetId == target.Account.Id.ToString()));
    }

    [Fact]
    public async Task Reset_WrongAdministratorPassword_RefusedAndCountedAsFailure()
    {
        var admin = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX");
        var code = await TestAuthenticator.UnusedCodeAsync(factory.Services, admin.Account.Id, admin.Account.AuthenticatorKey);

        var response = await SubmitResetAsync(admin, target.Id, "not the password at all", code);

        Assert.EndsWith("?result=reauthentication-failed", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.NotNull((await db.Users.AsNoTracking().SingleAsync(u => u.Id == target.Id)).ProtectedAuthenticatorKey);
        Assert.Equal(1, (await db.Users.AsNoTracking().SingleAsync(u => u.Id == admin.Account.Id)).AccessFailedCount);
    }

    [Fact]
    public async Task Reset_ReplayedAdministratorCode_Refused()
    {
        var admin = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX");
        var usedAtSignIn = await CodeUsedAtSignInAsync(admin.Account);

        var response = await SubmitResetAsync(admin, target.Id, admin.Account.Password, usedAtSignIn);

        Assert.EndsWith("?result=reauthentication-failed", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_OtherStatesUser_ForbiddenBeforeAskingForCredentials()
    {
        var admin = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "CA");
        var token = await UserAccessTests.AntiforgeryTokenAsync(admin.Client);

        var response = await UserAccessTests.PostAsync(admin.Client, $"/admin/users/{target.Id}/authenticator/reset", token,
            ("Password", admin.Account.Password), ("Code", "000000"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SubmitResetAsync(SignedInUser admin, Guid targetId, string password, string code)
    {
        var page = await HtmlPage.GetAsync(admin.Client, $"/admin/users/{targetId}");
        return await page.Form($"/admin/users/{targetId}/authenticator/reset")
            .Set("Password", password).Set("Code", code).PostAsync(admin.Client);
    }

    /// <summary>The code of the step the sign-in consumed (the clock may have moved to the next step since).</summary>
    private async Task<string> CodeUsedAtSignInAsync(TestAccount account)
    {
        var clock = factory.Services.GetRequiredService<TimeProvider>();
        await using var scope = factory.Services.CreateAsyncScope();
        var usedStep = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users
            .Where(u => u.Id == account.Id).Select(u => u.LastTotpStep).SingleAsync();
        return TestAuthenticator.Code(account.AuthenticatorKey, clock, (int)(usedStep!.Value - TestAuthenticator.StepAt(clock.GetUtcNow())));
    }
}
