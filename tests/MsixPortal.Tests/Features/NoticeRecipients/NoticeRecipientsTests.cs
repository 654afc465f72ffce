using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.NoticeRecipients;

public class NoticeRecipientsTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Designate_UserAdministratorAddsStaff_NoticesGoToThemNotTheDataAdministrators()
    {
        var userAdmin = await factory.SignInAsync(PortalRoles.UserAdministrator, "NE");
        var staff = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "NE");
        var dataAdmin = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "NE");
        var before = await HtmlPage.GetAsync(userAdmin, "/admin/notice-recipients");

        var added = await before.Form("/admin/notice-recipients").Set("userId", staff.Account.Id.ToString()).PostAsync(userAdmin);
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.Recruiter, "TX");
        var form = (await HtmlPage.GetAsync(sender, $"/records/{student.MsixId}/move-notices/new")).Form($"/records/{student.MsixId}/move-notices/review")
            .Set("Input.StateCode", "NE").Set("Input.MoveDate", "2026-11-20").Set("Input.SenderContact", "555-0100");
        await (await WorkflowForms.ConfirmAsync(sender, form)).PostAsync(sender);

        Assert.NotNull(before.Document.QuerySelector("[data-testid=default-routing]"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(staff.Account.Email, (await HtmlPage.GetAsync(userAdmin, "/admin/notice-recipients")).Text("[data-testid=designated]"), StringComparison.Ordinal);
        await factory.Mail.LatestToAsync(staff.Account.Email);
        Assert.Empty(factory.Mail.To(dataAdmin.Account.Email));
    }

    [Fact]
    public async Task List_UserAdministratorOfAnotherState_Forbidden()
    {
        var userAdmin = await factory.SignInAsync(PortalRoles.UserAdministrator, "IA");

        var response = await userAdmin.GetAsync(new Uri("/admin/notice-recipients?state=NE", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/admin/notice-recipients")]
    [InlineData("/admin/notice-recipients/remove")]
    public async Task Change_EmptyState_BadRequestNotServerError(string action)
    {
        var userAdmin = await factory.SignInAsync(PortalRoles.UserAdministrator, "NE");
        var staff = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "NE");
        var form = (await HtmlPage.GetAsync(userAdmin, "/admin/notice-recipients")).Form("/admin/notice-recipients")
            .Set("stateCode", "").Set("userId", staff.Account.Id.ToString());

        var page = await form.SubmitAsync(userAdmin, action);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.NotNull(page.Document.QuerySelector("h1"));
    }
}
