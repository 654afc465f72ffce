using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Audit;
using MsixPortal.Tests.Features.Users;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Applications;

/// <summary>Issue 3 point 3 and security.md 19-21: deciding account applications.</summary>
public class ApplicationReviewTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    [Fact]
    public async Task Approve_OwnStateApplicationWithChangedRole_CreatesAccountEmailsActivationLinkAndAudits()
    {
        var admin = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "TX");
        var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.MepStaff);
        var form = (await HtmlPage.GetAsync(admin.Client, $"/admin/applications/{application.Id}")).Form($"/admin/applications/{application.Id}/approve");

        var response = await form.Set("Role", PortalRoles.Recruiter).PostAsync(admin.Client);

        Assert.EndsWith("?result=approved", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var decided = await db.AccountApplications.AsNoTracking().SingleAsync(a => a.Id == application.Id);
        Assert.Equal(AccountApplicationStatus.Approved, decided.Status);
        Assert.Equal(PortalRoles.Recruiter, decided.GrantedRole);
        Assert.Equal(admin.Account.Id, decided.ReviewerId);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == decided.UserId);
        Assert.Equal(("TX", AccountStatus.PendingActivation), (user.StateCode, user.Status));
        Assert.Equal([PortalRoles.Recruiter], await RolesOfAsync(db, user.Id));
        var link = MailFolder.LinkIn(await factory.Mail.LatestToAsync(application.Email));
        Assert.StartsWith("/account/activate", link.AbsolutePath, StringComparison.Ordinal);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.ApplicationApproved
            && e.TargetId == application.Id.ToString() && e.StateCode == "TX"));
    }

    [Fact]
    public async Task Approve_OtherStatesApplication_ForbiddenAndStillPending()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var application = await TestApplications.CreateAsync(factory.Services, "CA", PortalRoles.MepStaff);
        var token = await UserAccessTests.AntiforgeryTokenAsync(admin);

        var approve = await UserAccessTests.PostAsync(admin, $"/admin/applications/{application.Id}/approve", token,
            ("Role", PortalRoles.MepStaff));
        var details = await admin.GetAsync(new Uri($"/admin/applications/{application.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, details.StatusCode);
        Assert.Equal(AccountApplicationStatus.Pending, (await LoadAsync(application.Id)).Status);
    }

    [Fact]
    public async Task Approve_OwnApplication_Forbidden()
    {
        var admin = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "TX");
        var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.UserAdministrator, admin.Account.Email);
        var token = await UserAccessTests.AntiforgeryTokenAsync(admin.Client);

        var response = await UserAccessTests.PostAsync(admin.Client, $"/admin/applications/{application.Id}/approve", token,
            ("Role", PortalRoles.UserAdministrator));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AccountApplicationStatus.Pending, (await LoadAsync(application.Id)).Status);
    }

    [Fact]
    public async Task Approve_RoleAboveOwn_Forbidden()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.MepStaff);
        var token = await UserAccessTests.AntiforgeryTokenAsync(admin);

        var response = await UserAccessTests.PostAsync(admin, $"/admin/applications/{application.Id}/approve", token,
            ("Role", PortalRoles.NationalAdministrator));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(AccountApplicationStatus.Pending, (await LoadAsync(application.Id)).Status);
    }

    [Fact]
    public async Task Approve_ExtraFieldsPosted_AreIgnored()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.MepStaff);
        var token = await UserAccessTests.AntiforgeryTokenAsync(admin);

        await UserAccessTests.PostAsync(admin, $"/admin/applications/{application.Id}/approve", token,
            ("Role", PortalRoles.MepStaff), ("StateCode", "CA"), ("Status", "Active"), ("IsApproved", "true"),
            ("UserId", Guid.NewGuid().ToString()), ("LockoutEnd", "2099-01-01"), ("SecurityStamp", "forged"));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var decided = await db.AccountApplications.AsNoTracking().SingleAsync(a => a.Id == application.Id);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == decided.UserId);
        Assert.Equal(("TX", AccountStatus.PendingActivation, null), (user.StateCode, user.Status, user.LockoutEnd));
        Assert.NotEqual("forged", user.SecurityStamp);
    }

    [Fact]
    public async Task Approve_AlreadyDecided_ConflictPageWithoutSecondAccount()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.MepStaff);
        var form = (await HtmlPage.GetAsync(admin, $"/admin/applications/{application.Id}")).Form($"/admin/applications/{application.Id}/approve");
        await form.PostAsync(admin);

        var again = await form.PostAsync(admin);

        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Another administrator decided or changed this first", (await HtmlPage.LoadAsync(again)).Text("[data-testid=conflict]"), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var normalized = application.Email.ToUpperInvariant();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users.CountAsync(u => u.NormalizedEmail == normalized));
    }

    [Fact]
    public async Task Reject_WithReason_EmailsTheReasonAndAudits()
    {
        var admin = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var application = await TestApplications.CreateAsync(factory.Services, "CA", PortalRoles.Recruiter);
        var form = (await HtmlPage.GetAsync(admin, $"/admin/applications/{application.Id}")).Form($"/admin/applications/{application.Id}/reject");

        var response = await form.Set("Reason", "Your supervisor could not confirm the request.").PostAsync(admin);

        Assert.EndsWith("?result=rejected", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var decided = await LoadAsync(application.Id);
        Assert.Equal(AccountApplicationStatus.Rejected, decided.Status);
        Assert.Null(decided.UserId);
        var email = await factory.Mail.LatestToAsync(application.Email);
        Assert.Contains("Your supervisor could not confirm the request.", email.TextBody, StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEvents
            .AnyAsync(e => e.Action == AuditActions.ApplicationRejected && e.TargetId == application.Id.ToString() && e.StateCode == "CA"));
    }

    [Fact]
    public async Task Reject_WithoutReason_ChangesNothing()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.Recruiter);
        var form = (await HtmlPage.GetAsync(admin, $"/admin/applications/{application.Id}")).Form($"/admin/applications/{application.Id}/reject");

        var response = await form.Set("Reason", "  ").PostAsync(admin);

        Assert.EndsWith("?result=reason-required", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(AccountApplicationStatus.Pending, (await LoadAsync(application.Id)).Status);
    }

    [Fact]
    public async Task Index_ListsOwnStatesPendingApplicationsOnly()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var texan = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.Recruiter);
        var californian = await TestApplications.CreateAsync(factory.Services, "CA", PortalRoles.Recruiter);

        var page = await HtmlPage.GetAsync(admin, "/admin/applications");

        var text = page.Document.QuerySelector("main")!.TextContent;
        Assert.Contains(texan.Email, text, StringComparison.Ordinal);
        Assert.DoesNotContain(californian.Email, text, StringComparison.Ordinal);
    }

    private async Task<AccountApplication> LoadAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AccountApplications.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    private static async Task<List<string>> RolesOfAsync(PortalDbContext db, Guid id) =>
        await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync();
}
