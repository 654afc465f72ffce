using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Users;

/// <summary>Issue 3 point 7 and security.md 17, 20, 21: what user administrators may do to accounts, and what it does.</summary>
public class UserAccessTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    [Fact]
    public async Task Disable_OwnStateUser_DisablesEndsSessionsAndAudits()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");

        var response = await PostActionAsync(admin, target.Account.Id, "disable");

        Assert.Equal("/admin/users/" + target.Account.Id, response.LocationPath());
        Assert.Equal(AccountStatus.Disabled, (await LoadAsync(target.Account.Id)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await target.Client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        var audit = await AuditOfAsync(target.Account.Id, AuditActions.AccountDisabled);
        Assert.Equal("TX", audit.StateCode);
    }

    [Fact]
    public async Task Disable_OtherStatesUser_ForbiddenAndUnchanged()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "CA");
        var token = await AntiforgeryTokenAsync(admin);

        var response = await PostAsync(admin, $"/admin/users/{target.Id}/disable", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AccountStatus.Active, (await LoadAsync(target.Id)).Status);
    }

    [Fact]
    public async Task Details_OtherStatesUser_Forbidden()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "CA");

        var response = await admin.GetAsync(new Uri($"/admin/users/{target.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Details_NationalAdministrator_SeesAnyStatesUser()
    {
        var admin = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "CA");

        var page = await HtmlPage.GetAsync(admin, $"/admin/users/{target.Id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(target.Email, page.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeRoles_OwnStateUser_ChangesRolesAndEndsSessions()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await factory.SignInNewUserAsync([PortalRoles.Recruiter], "TX");
        var form = (await HtmlPage.GetAsync(admin, $"/admin/users/{target.Account.Id}")).Form($"/admin/users/{target.Account.Id}/roles");

        var response = await form.Set("Roles", PortalRoles.DataAdministrator).PostAsync(admin);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([PortalRoles.DataAdministrator], await RolesOfAsync(target.Account.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await target.Client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        var audit = await AuditOfAsync(target.Account.Id, AuditActions.RolesChanged);
        Assert.Equal($"from={PortalRoles.Recruiter};to={PortalRoles.DataAdministrator}", audit.Detail);
    }

    [Fact]
    public async Task ChangeRoles_RoleAboveOwn_Forbidden()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var token = await AntiforgeryTokenAsync(admin);

        var response = await PostAsync(admin, $"/admin/users/{target.Id}/roles", token,
            ("Roles", PortalRoles.NationalAdministrator));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([PortalRoles.Recruiter], await RolesOfAsync(target.Id));
    }

    [Fact]
    public async Task ChangeRoles_OwnAccount_Forbidden()
    {
        var admin = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "TX");
        var token = await AntiforgeryTokenAsync(admin.Client);

        var response = await PostAsync(admin.Client, $"/admin/users/{admin.Account.Id}/roles", token,
            ("Roles", PortalRoles.UserAdministrator), ("Roles", PortalRoles.DataAdministrator));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([PortalRoles.UserAdministrator], await RolesOfAsync(admin.Account.Id));
    }

    [Fact]
    public async Task ChangeRoles_ExtraFieldsPosted_AreIgnored()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var stampBefore = (await LoadAsync(target.Id)).SecurityStamp;
        var token = await AntiforgeryTokenAsync(admin);

        await PostAsync(admin, $"/admin/users/{target.Id}/roles", token, ("Roles", PortalRoles.MepStaff),
            ("StateCode", "CA"), ("Status", "Deactivated"), ("LockoutEnd", "2099-01-01"), ("SecurityStamp", stampBefore!),
            ("IsApproved", "true"), ("Role", PortalRoles.NationalAdministrator));

        var user = await LoadAsync(target.Id);
        Assert.Equal("TX", user.StateCode);
        Assert.Equal(AccountStatus.Active, user.Status);
        Assert.Null(user.LockoutEnd);
        Assert.Equal([PortalRoles.MepStaff], await RolesOfAsync(target.Id));
    }

    [Fact]
    public async Task Enable_DisabledAfterFailures_ActiveWithCountersReset()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX", configure: user =>
        {
            user.Status = AccountStatus.Disabled;
            user.DisabledReason = AccountDisabledReason.TooManyFailedSignIns;
            user.TotalFailedSignIns = 100;
        });

        await PostActionAsync(admin, target.Id, "enable");

        var user = await LoadAsync(target.Id);
        Assert.Equal(AccountStatus.Active, user.Status);
        Assert.Null(user.DisabledReason);
        Assert.Equal(0, user.TotalFailedSignIns);
        Assert.NotNull(await factory.SignInAsync(new TestAccount(target.Id, target.Email, target.Password,
            target.AuthenticatorKey, "TX", target.Roles)));
    }

    [Fact]
    public async Task Enable_DisabledForInactivity_UserCanSignInAgain()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var longAgo = DateTime.UtcNow.AddDays(-200);
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX", configure: user =>
        {
            user.Status = AccountStatus.Disabled;
            user.DisabledReason = AccountDisabledReason.Inactivity;
            user.LastSignInAt = longAgo;
            user.StatusChangedAt = longAgo;
        });

        await PostActionAsync(admin, target.Id, "enable");

        Assert.NotNull(await factory.SignInAsync(target));
        Assert.Equal(AccountStatus.Active, (await LoadAsync(target.Id)).Status);
    }

    [Fact]
    public async Task Deactivate_Confirmed_IsPermanent()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var form = (await HtmlPage.GetAsync(admin, $"/admin/users/{target.Id}")).Form($"/admin/users/{target.Id}/deactivate");
        await form.Set("Confirm", "true").PostAsync(admin);
        var token = await AntiforgeryTokenAsync(admin);

        var enable = await PostAsync(admin, $"/admin/users/{target.Id}/enable", token);

        Assert.EndsWith("?result=deactivated-already", enable.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Deactivated, (await LoadAsync(target.Id)).Status);
        await AuditOfAsync(target.Id, AuditActions.AccountDeactivated);
    }

    [Fact]
    public async Task Deactivate_NotConfirmed_ChangesNothing()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var form = (await HtmlPage.GetAsync(admin, $"/admin/users/{target.Id}")).Form($"/admin/users/{target.Id}/deactivate");

        await form.PostAsync(admin);

        Assert.Equal(AccountStatus.Active, (await LoadAsync(target.Id)).Status);
    }

    [Fact]
    public async Task EndSessions_OwnStateUser_SignsTheUserOut()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var target = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");

        await PostActionAsync(admin, target.Account.Id, "sessions/end");

        var after = await target.Client.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/account/signin", after.LocationPath(), StringComparison.Ordinal);
        await AuditOfAsync(target.Account.Id, AuditActions.SessionsEnded);
    }

    internal static async Task<HttpResponseMessage> PostActionAsync(HttpClient admin, Guid id, string action)
    {
        var page = await HtmlPage.GetAsync(admin, $"/admin/users/{id}");
        return await page.Form($"/admin/users/{id}/{action}").PostAsync(admin);
    }

    internal static async Task<string> AntiforgeryTokenAsync(HttpClient client) =>
        (await HtmlPage.GetAsync(client, "/account")).Form("/account/signout-everywhere")["__RequestVerificationToken"]!;

    internal static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token,
        params (string Name, string Value)[] fields) =>
        client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));

    private async Task<PortalUser> LoadAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    private async Task<List<string>> RolesOfAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .OrderBy(n => n).ToListAsync();
    }

    private async Task<MsixPortal.Data.Entities.Audit.AuditEvent> AuditOfAsync(Guid targetId, string action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents
            .SingleAsync(e => e.TargetId == targetId.ToString() && e.Action == action);
    }
}
