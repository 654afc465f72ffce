using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Notifications;

/// <summary>
/// Issue 18 point 14: a notification says what and where (kind, number, other State), opening it
/// marks it read (a POST: a GET changes nothing), and it leaves the list once its item is handled.
/// Also point 5's navigation: the sent lists and the notice recipients are in the menu, and a
/// national administrator chooses a State for the notice recipients instead of "Page not found".
/// </summary>
public class NotificationListTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Notification_SaysWhatAndWhere_OpeningMarksItRead_HandledItemLeavesTheList()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var receiver = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "WI");
        var path = (await MoveNotices.MoveNoticeOutcomeTests.SendAsync(sender, student.MsixId, "WI")).LocationPath()!;
        var id = path.Split('/')[^1];

        var list = await HtmlPage.GetAsync(receiver.Client, "/notifications");
        var item = list.Document.QuerySelector("[data-testid=notification]")!;
        var opened = await list.Form(item.QuerySelector("form")!.GetAttribute("action")).PostAsync(receiver.Client);
        var read = await factory.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == receiver.Account.Id));
        await (await HtmlPage.GetAsync(receiver.Client, $"{path}/outcome?outcome=NotFound")).Form($"{path}/outcome").PostAsync(receiver.Client);
        var afterHandling = await HtmlPage.GetAsync(receiver.Client, "/notifications");

        Assert.Equal($"A move notice is waiting for your State (no. {id}, from TX: a child moving to your State)", item.QuerySelector("button")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal(path, opened.LocationPath());
        Assert.NotNull(read.ReadAt);
        Assert.Null(afterHandling.Document.QuerySelector("[data-testid=notification]"));
        Assert.Equal("0", afterHandling.Text("[data-testid=notification-count]"));
    }

    [Fact]
    public async Task Open_SomeoneElsesNotification_NotFoundAndStaysUnread()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var receiver = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "MN");
        await MoveNotices.MoveNoticeOutcomeTests.SendAsync(sender, student.MsixId, "MN");
        var notification = await factory.WithDbAsync(db => db.Notifications.SingleAsync(n => n.UserId == receiver.Account.Id));

        var response = await WorkflowForms.PostAsync(sender, student.MsixId, $"/notifications/{notification.Id}/open");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await factory.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Id == notification.Id))).ReadAt);
    }

    [Fact]
    public async Task DataRequestNotification_NamesTheRequestAndTheAskingState_AndLeavesOnceAnswered()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "AL");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "MS");
        var admin = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "AL");
        await DataRequests.DataRequestTests.SendAsync(requester, student.MsixId, "AL");
        var id = await factory.WithDbAsync(db => db.DataRequests.Where(r => r.ConsolidatedStudentId == student.Id).Select(r => r.Id).SingleAsync());

        var before = await HtmlPage.GetAsync(admin.Client, "/notifications");
        await DataRequests.DataRequestTests.AnswerAsync(admin.Client, $"/data-requests/{id}", DataRequests.DataRequestTests.Pdf, "record.pdf");
        var after = await HtmlPage.GetAsync(admin.Client, "/notifications");

        Assert.Equal($"A data request is waiting for your State (no. {id}, from MS)", before.Text("[data-testid=notification] button"));
        Assert.Null(after.Document.QuerySelector("[data-testid=notification]"));
    }

    [Fact]
    public async Task Navigation_ListsTheSentListsAndNoticeRecipients_NationalAdministratorChoosesAState()
    {
        var staff = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var userAdmin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);

        var staffPage = await HtmlPage.GetAsync(staff, "/notifications");
        var adminPage = await HtmlPage.GetAsync(userAdmin, "/notifications");
        var chooser = await HtmlPage.GetAsync(national, "/admin/notice-recipients");
        var chosen = await HtmlPage.GetAsync(national, "/admin/notice-recipients?state=MI");

        Assert.NotNull(staffPage.Document.QuerySelector("nav a[href='/data-requests']"));
        Assert.NotNull(staffPage.Document.QuerySelector("nav a[href='/move-notices']"));
        Assert.NotNull(adminPage.Document.QuerySelector("nav a[href='/admin/notice-recipients']"));
        Assert.Null(adminPage.Document.QuerySelector("nav a[href='/data-requests']"));
        Assert.Equal(HttpStatusCode.OK, chooser.StatusCode);
        Assert.NotNull(chooser.Document.QuerySelector("[data-testid=choose-state] select[name=state] option[value=MI]"));
        Assert.Equal("Move-notice recipients for MI", chosen.Text("h1"));
    }
}
