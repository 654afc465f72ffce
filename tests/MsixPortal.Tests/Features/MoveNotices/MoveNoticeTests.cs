using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.MoveNotices;

public class MoveNoticeTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Send_ToAnotherState_RoutesToItsDataAdministratorsWithoutChildData()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "Canaryname", new DateOnly(2014, 2, 3), "TX");
        var sender = await factory.SignInAsync(PortalRoles.Recruiter, "TX");
        var caAdmin = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "CA");
        var otherStateAdmin = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "OR");

        var sent = await SendAsync(sender, student.MsixId, "CA");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var email = await factory.Mail.LatestToAsync(caAdmin.Account.Email);
        Assert.Contains("move notice is waiting", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Canaryname", email.TextBody + email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(student.MsixId, email.TextBody, StringComparison.Ordinal);
        Assert.Empty(factory.Mail.To(otherStateAdmin.Account.Email));
        var worklist = await HtmlPage.GetAsync(caAdmin.Client, "/worklists");
        Assert.Contains(student.MsixId, worklist.Text("[data-testid=worklist]"), StringComparison.Ordinal);
        Assert.Equal("1", (await HtmlPage.GetAsync(caAdmin.Client, "/")).Text("[data-testid=notification-count]"));
    }

    [Fact]
    public async Task Send_StateWithDesignatedRecipient_RoutesOnlyToThem()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var recipient = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "NM");
        var dataAdmin = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "NM");
        await DesignateAsync("NM", recipient.Account.Id);
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");

        await SendAsync(sender, student.MsixId, "NM");

        await factory.Mail.LatestToAsync(recipient.Account.Email);
        Assert.Empty(factory.Mail.To(dataAdmin.Account.Email));
        Assert.Equal("0", (await HtmlPage.GetAsync(dataAdmin.Client, "/")).Text("[data-testid=work-count]"));
        Assert.Equal("1", (await HtmlPage.GetAsync(recipient.Client, "/")).Text("[data-testid=work-count]"));
    }

    [Fact]
    public async Task Notice_FullLifecycle_SentReceivedLocatedClosedWithWhoAndWhen()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var receiver = await factory.SignInAsync(PortalRoles.DataAdministrator, "AZ");
        var path = (await SendAsync(sender, student.MsixId, "AZ")).LocationPath()!;
        Assert.Equal("Sent", (await HtmlPage.GetAsync(sender, path)).Text("[data-testid=status]"));

        var opened = await HtmlPage.GetAsync(receiver, path);
        var acknowledging = await opened.Form($"{path}/acknowledge").PostAsync(receiver);
        var acknowledged = await HtmlPage.GetAsync(receiver, acknowledging.Headers.Location!.OriginalString);
        var confirmLocated = await HtmlPage.GetAsync(receiver, acknowledged.Document.QuerySelector("[data-testid=outcomes] a:first-child")!.GetAttribute("href")!);
        var located = await confirmLocated.Form($"{path}/outcome").SubmitAsync(receiver);
        var afterOutcome = await HtmlPage.GetAsync(receiver, path);
        var closed = await afterOutcome.Form($"{path}/close").SubmitAsync(receiver);

        Assert.Equal("Sent", opened.Text("[data-testid=status]"));
        Assert.Equal("Received", acknowledged.Text("[data-testid=status]"));
        Assert.Contains("You acknowledged this notice", acknowledged.Text("[data-testid=result]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, located.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var senderView = await HtmlPage.GetAsync(sender, path);
        Assert.Equal("Closed", senderView.Text("[data-testid=status]"));
        var history = senderView.Text("[data-testid=history]");
        Assert.Contains("Received", history, StringComparison.Ordinal);
        Assert.Contains("Outcome recorded", history, StringComparison.Ordinal);
        Assert.Contains("Closed", history, StringComparison.Ordinal);
        Assert.Contains("Pat Tester", history, StringComparison.Ordinal);
        Assert.Equal("Closed", (await HtmlPage.GetAsync(sender, "/move-notices")).Text("[data-testid=status]"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var actions = await db.AuditEvents.Where(a => a.TargetType == "move-notice").Select(a => a.Action).ToListAsync();
        Assert.Contains(AuditActions.MoveNoticeSent, actions);
        Assert.Contains(AuditActions.MoveNoticeReceived, actions);
        Assert.Contains(AuditActions.MoveNoticeOutcomeRecorded, actions);
        Assert.Contains(AuditActions.MoveNoticeClosed, actions);
    }

    /// <summary>Item 42 / issue 17 point 3: opening a notice (a GET) no longer marks it Received; the Acknowledge POST does.</summary>
    [Fact]
    public async Task Open_ByReceivingState_ChangesNothingUntilAcknowledged()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var receiver = await factory.SignInAsync(PortalRoles.MepStaff, "ID");
        var path = (await SendAsync(sender, student.MsixId, "ID")).LocationPath()!;
        var id = long.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var opened = await HtmlPage.GetAsync(receiver, path);
        var afterOpening = await factory.WithDbAsync(db => db.MoveNotices.AsNoTracking().SingleAsync(n => n.Id == id));
        var acknowledged = await opened.Form($"{path}/acknowledge").PostAsync(receiver);
        var afterAcknowledging = await factory.WithDbAsync(db => db.MoveNotices.AsNoTracking().SingleAsync(n => n.Id == id));

        Assert.Contains("Opening the notice alone records nothing", opened.Text("[data-testid=acknowledge]"), StringComparison.Ordinal);
        Assert.Equal(MoveNoticeStatus.Sent, afterOpening.Status);
        Assert.Null(afterOpening.ReceivedAt);
        Assert.Equal($"{path}?result=acknowledged", acknowledged.Headers.Location!.OriginalString);
        Assert.Equal(MoveNoticeStatus.Received, afterAcknowledging.Status);
        Assert.NotNull(afterAcknowledging.ReceivedByUserId);
    }

    [Fact]
    public async Task Acknowledge_SecondTimeOrBySenderOrOtherState_ConflictOrForbidden()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var receiver = await factory.SignInAsync(PortalRoles.MepStaff, "MT");
        var outsider = await factory.SignInAsync(PortalRoles.MepStaff, "WY");
        var path = (await SendAsync(sender, student.MsixId, "MT")).LocationPath()!;

        var bySender = await WorkflowForms.PostAsync(sender, student.MsixId, $"{path}/acknowledge");
        var byOutsider = await WorkflowForms.PostAsync(outsider, student.MsixId, $"{path}/acknowledge");
        var first = await WorkflowForms.PostAsync(receiver, student.MsixId, $"{path}/acknowledge");
        var second = await WorkflowForms.PostAsync(receiver, student.MsixId, $"{path}/acknowledge");

        Assert.Equal(HttpStatusCode.Forbidden, bySender.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
    }

    [Fact]
    public async Task Outcome_UserOfAnotherState_Forbidden()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var path = (await SendAsync(sender, student.MsixId, "FL")).LocationPath()!;
        var outsider = await factory.SignInAsync(PortalRoles.DataAdministrator, "GA");

        var view = await outsider.GetAsync(new Uri(path, UriKind.Relative));
        var outcome = await WorkflowForms.PostAsync(outsider, student.MsixId, $"{path}/outcome", ("outcome", "Located"));

        Assert.Equal(HttpStatusCode.Forbidden, view.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, outcome.StatusCode);
    }

    [Fact]
    public async Task Send_SameSubmissionKeyTwice_CreatesOneNoticeAndReturnsTheFirstResult()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var form = await FilledFormAsync(sender, student.MsixId, "CO");

        var first = await form.PostAsync(sender);
        var second = await form.PostAsync(sender);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.LocationPath(), second.LocationPath());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.MoveNotices.CountAsync(n => n.ConsolidatedStudentId == student.Id));
    }

    [Fact]
    public async Task Send_ParallelDoubleSubmit_CreatesOneNotice()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var form = await FilledFormAsync(sender, student.MsixId, "CO");

        var answers = await Task.WhenAll(form.PostAsync(sender), form.PostAsync(sender));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Equal(answers[0].LocationPath(), answers[1].LocationPath());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal(1, await db.MoveNotices.CountAsync(n => n.ConsolidatedStudentId == student.Id));
    }

    [Fact]
    public async Task Send_MissingFields_KeepsWhatWasTypedAndSendsNothing()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var form = (await NewFormAsync(sender, student.MsixId, "CO")).Set("Input.SenderContact", "");

        var page = await form.Set("Input.Comments", "kept comment").SubmitAsync(sender);
        // The header also holds a form (sign out): pick the notice form by its action.
        var corrected = page.Form($"/records/{student.MsixId}/move-notices/review").Set("Input.SenderContact", "555-0100");
        var resent = await (await WorkflowForms.ConfirmAsync(sender, corrected)).PostAsync(sender);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("kept comment", page.Form($"/records/{student.MsixId}/move-notices/review")["Input.Comments"]);
        Assert.Equal("#Input_SenderContact", page.Document.QuerySelector("[data-testid=error-summary] a")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
    }

    /// <summary>The form filled and confirmed: the confirmation page's form, ready to send.</summary>
    private static async Task<HtmlForm> FilledFormAsync(HttpClient client, string msixId, string toState) =>
        await WorkflowForms.ConfirmAsync(client, await NewFormAsync(client, msixId, toState));

    private static async Task<HtmlForm> NewFormAsync(HttpClient client, string msixId, string toState)
    {
        var page = await HtmlPage.GetAsync(client, $"/records/{msixId}/move-notices/new");
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {page.Location}");
        return page.Form($"/records/{msixId}/move-notices/review")
            .Set("Input.Kind", nameof(MoveNoticeKind.MovingTo))
            .Set("Input.StateCode", toState)
            .Set("Input.City", "Yuma")
            .Set("Input.MoveDate", "2026-11-20")
            .Set("Input.SenderContact", "Registrar, 555-0100");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string msixId, string toState) =>
        await (await FilledFormAsync(client, msixId, toState)).PostAsync(client);

    private async Task DesignateAsync(string state, Guid userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.NoticeRecipients.Add(new NoticeRecipient { StateCode = state, UserId = userId, AddedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }
}
