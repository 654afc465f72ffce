using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.MoveNotices;

/// <summary>
/// Issue 18 points 5 and 13: a move notice is sent after a confirmation page and ends on a success
/// message; each side reads the direction in its own words; the sending State's staff see it; an
/// outcome is confirmed on a page (with an optional comment), can be changed while the notice is
/// open, and is told to the sender in the portal and by an email without child data; a "please
/// update" notice has its own outcome.
/// </summary>
public class MoveNoticeConfirmationTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Send_ConfirmationNamesTheStateAndTheChildSavesNothingThenSuccess()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        var form = await HtmlPage.GetAsync(sender.Client, $"/records/{student.MsixId}/move-notices/new");

        var confirm = await form.Form($"/records/{student.MsixId}/move-notices/review")
            .Set("Input.StateCode", "CO").Set("Input.MoveDate", "2026-11-20").SubmitAsync(sender.Client);
        var before = await factory.WithDbAsync(db => db.MoveNotices.CountAsync(n => n.ConsolidatedStudentId == student.Id));
        var sent = await confirm.Form($"/records/{student.MsixId}/move-notices").PostAsync(sender.Client);
        var shown = await HtmlPage.GetAsync(sender.Client, sent.Headers.Location!.OriginalString);

        Assert.Contains(sender.Account.Email, form.Form($"/records/{student.MsixId}/move-notices/review")["Input.SenderContact"], StringComparison.Ordinal);
        Assert.Equal("Send this move notice to CO?", confirm.Text("h1"));
        Assert.Contains(TestStudents.LastName, confirm.Text("[data-testid=what-changes]"), StringComparison.Ordinal);
        Assert.Contains("11/20/2026", confirm.Text("[data-testid=what-changes]"), StringComparison.Ordinal);
        Assert.Equal(0, before);
        Assert.Contains("Your move notice was sent to CO", shown.Text("[data-testid=result]"), StringComparison.Ordinal);
        Assert.Contains("11/20/2026", shown.Text(".work-item-details"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_EachSideReadsTheDirectionInItsOwnWords_AndTheSendingStatesStaffSeeIt()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var colleague = await factory.SignInAsync(PortalRoles.Recruiter, "TX");
        var receiver = await factory.SignInAsync(PortalRoles.DataAdministrator, "CO");
        var moving = (await MoveNoticeOutcomeTests.SendAsync(sender, student.MsixId, "CO")).LocationPath()!;
        var arrived = (await SendAsync(sender, student.MsixId, "OK", MoveNoticeKind.MovedToUs)).LocationPath()!;

        var senderView = await HtmlPage.GetAsync(sender, moving);
        var receiverView = await HtmlPage.GetAsync(receiver, moving);
        var colleagueView = await HtmlPage.GetAsync(colleague, moving);
        var colleagueList = await HtmlPage.GetAsync(colleague, "/move-notices");
        var formerStateView = await HtmlPage.GetAsync(await factory.SignInAsync(PortalRoles.DataAdministrator, "OK"), arrived);

        Assert.Equal("Moving from TX to CO (sent to CO).", senderView.Text("[data-testid=kind]"));
        Assert.DoesNotContain("your State", senderView.Text("[data-testid=kind]"), StringComparison.Ordinal);
        Assert.Equal("Moving to your State (from TX).", receiverView.Text("[data-testid=kind]"));
        Assert.Equal(HttpStatusCode.OK, colleagueView.StatusCode);
        Assert.Contains(moving, colleagueList.Document.QuerySelector("[data-testid=sent-notices]")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains(TestStudents.LastName, colleagueList.Text("[data-testid=child]"), StringComparison.Ordinal);
        Assert.Equal("Moved from your State to TX (please update your data).", formerStateView.Text("[data-testid=kind]"));
        Assert.Equal(("OK", "TX"), (formerStateView.Text("[data-testid=moved-from]"), formerStateView.Text("[data-testid=moved-to]")));
        Assert.Equal(["Updated"], formerStateView.Document.QuerySelectorAll("[data-testid=outcomes] a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task Outcome_ConfirmedWithACommentChangeableAndToldToTheSenderWithoutChildData()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "Canaryname", new DateOnly(2014, 2, 3), "TX");
        var sender = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        var receiver = await factory.SignInAsync(PortalRoles.DataAdministrator, "KS");
        var path = (await MoveNoticeOutcomeTests.SendAsync(sender.Client, student.MsixId, "KS")).LocationPath()!;
        var id = long.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var confirm = await HtmlPage.GetAsync(receiver, $"{path}/outcome?outcome=Located");
        var afterConfirmPage = await factory.WithDbAsync(db => db.MoveNotices.AsNoTracking().SingleAsync(n => n.Id == id));
        var located = await confirm.Form($"{path}/outcome").Set("Comment", "Found at the Garden City camp").PostAsync(receiver);
        var email = await factory.Mail.LatestToAsync(sender.Account.Email);
        var firstOutcomeAt = (await factory.WithDbAsync(db => db.MoveNotices.AsNoTracking().SingleAsync(n => n.Id == id))).OutcomeAt;
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var changed = await (await HtmlPage.GetAsync(receiver, $"{path}/outcome?outcome=Enrolled")).Form($"{path}/outcome").PostAsync(receiver);
        var secondEmail = await factory.Mail.LatestToAsync(sender.Account.Email, expectedCount: 2);
        var senderView = await HtmlPage.GetAsync(sender.Client, path);
        var receiverView = await HtmlPage.GetAsync(receiver, located.Headers.Location!.OriginalString);

        Assert.Contains("Record “Located” on move notice", confirm.Text("h1"), StringComparison.Ordinal);
        Assert.Equal(MoveNoticeStatus.Sent, afterConfirmPage.Status);
        Assert.Equal(HttpStatusCode.Redirect, located.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains($"Move notice {id}: KS located the child", email.Subject, StringComparison.Ordinal);
        Assert.Contains($"Move notice {id}: KS enrolled the child", secondEmail.Subject, StringComparison.Ordinal);
        foreach (var text in new[] { email.TextBody + email.Subject, secondEmail.TextBody })
        {
            Assert.DoesNotContain("Canaryname", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Garden City", text, StringComparison.Ordinal);
            Assert.DoesNotContain(student.MsixId, text, StringComparison.Ordinal);
        }
        Assert.Equal("Enrolled", senderView.Text("[data-testid=status]"));
        Assert.Contains("Outcome recorded: Enrolled", receiverView.Text("[data-testid=result]"), StringComparison.Ordinal);
        Assert.Contains("Outcome recorded: Enrolled", senderView.Text("[data-testid=history]"), StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == sender.Account.Id && n.Link == path)));
        // Timeliness counts when the State first acted: a change of outcome keeps that time.
        Assert.Equal(firstOutcomeAt, (await factory.WithDbAsync(db => db.MoveNotices.AsNoTracking().SingleAsync(n => n.Id == id))).OutcomeAt);
    }

    [Fact]
    public async Task Outcome_PleaseUpdateNoticeTakesOnlyUpdated()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "NE");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "IA");
        var former = await factory.SignInAsync(PortalRoles.DataAdministrator, "NE");
        var path = (await SendAsync(sender, student.MsixId, "NE", MoveNoticeKind.MovedToUs)).LocationPath()!;

        var located = await former.GetAsync(new Uri($"{path}/outcome?outcome=Located", UriKind.Relative));
        var updated = await (await HtmlPage.GetAsync(former, $"{path}/outcome?outcome=Updated")).Form($"{path}/outcome").PostAsync(former);

        Assert.Equal(HttpStatusCode.Conflict, located.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);
        Assert.Equal("Updated", (await HtmlPage.GetAsync(sender, path)).Text("[data-testid=status]"));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string msixId, string toState, MoveNoticeKind kind)
    {
        var page = await HtmlPage.GetAsync(client, $"/records/{msixId}/move-notices/new");
        var filled = page.Form($"/records/{msixId}/move-notices/review")
            .Set("Input.Kind", kind.ToString()).Set("Input.StateCode", toState).Set("Input.MoveDate", "2026-11-20");
        return await (await WorkflowForms.ConfirmAsync(client, filled)).PostAsync(client);
    }
}
