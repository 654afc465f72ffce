using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.DataRequests;

/// <summary>
/// Issue 18 points 5, 11 and 12: a data request goes only to the States the user ticks (none
/// ticked at first, the States holding the child's records offered, the own State last), after a
/// confirmation page that names them and warns of States nobody can answer in; it ends on a success
/// message; a refused attachment sends nothing and keeps the answer.
/// </summary>
public class DataRequestConfirmationTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task New_NoStateTickedAndTheOwnStateLast()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX", "KS", "DE");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "KS");

        var page = await HtmlPage.GetAsync(requester, $"/records/{student.MsixId}/data-requests/new");
        var boxes = page.Document.QuerySelectorAll("input[name=StateCodes]").ToList();

        Assert.Equal(["DE", "TX", "KS"], boxes.Select(b => b.GetAttribute("value")));
        Assert.All(boxes, b => Assert.False(b.HasAttribute("checked")));
        Assert.Contains("(your State)", page.Text("label[for=state-KS]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_NamesTheReceivingStatesWarnsOfAStateWithoutUsersAndSendsNothing()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "NE", "GU", "IA");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "IA");
        await factory.SignInAsync(PortalRoles.DataAdministrator, "NE");

        var confirm = await DataRequestTests.ReviewAsync(requester, student.MsixId, "NE", "GU");
        var stored = await factory.WithDbAsync(db => db.DataRequests.CountAsync(r => r.ConsolidatedStudentId == student.Id));

        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("GU, NE", confirm.Text("[data-testid=receiving-states]"));
        Assert.StartsWith("GU has no data administrator", confirm.Text("[data-testid=no-users-warning]"), StringComparison.Ordinal);
        Assert.DoesNotContain("NE", confirm.Text("[data-testid=no-users-warning]"), StringComparison.Ordinal);
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task Send_AfterConfirmation_SuccessMessageAndTheChildNamedInTheList()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "SD", "ND");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "SD");

        var sent = await DataRequestTests.SendAsync(requester, student.MsixId, "ND");
        var list = await HtmlPage.GetAsync(requester, sent.Headers.Location!.OriginalString);
        var stored = await factory.WithDbAsync(db => db.DataRequests.Where(r => r.ConsolidatedStudentId == student.Id).Select(r => r.StateCode).ToListAsync());

        Assert.Equal(["ND"], stored);
        Assert.Contains("Your data request was sent", list.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.Contains(TestStudents.LastName, list.Text("[data-testid=child]"), StringComparison.Ordinal);
        Assert.DoesNotContain(TestStudents.LastName, sent.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"^\d\d/\d\d/\d{4}$", list.Text("td[data-label='Needed by']"));
    }

    [Fact]
    public async Task Review_NoStateTicked_ErrorSummaryLinkedToTheStatesAndInputKept()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "MO", "AR");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "MO");

        var page = await DataRequestTests.ReviewAsync(requester, student.MsixId);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("#StateCodes", page.Document.QuerySelector("[data-testid=error-summary] a")?.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("#StateCodes"));
        Assert.Equal("Enrolling next week", page.Text("#Reason"));
    }

    [Fact]
    public async Task Answer_RefusedFile_NothingSentErrorSummaryOnTheFileAndTheMessageKept()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "LA");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "MS");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "LA");
        await DataRequestTests.SendAsync(requester, student.MsixId, "LA");
        var id = await factory.WithDbAsync(db => db.DataRequests.Where(r => r.ConsolidatedStudentId == student.Id).Select(r => r.Id).SingleAsync());

        var refused = await HtmlPage.LoadAsync(await DataRequestTests.AnswerAsync(admin, $"/data-requests/{id}", "plain text"u8.ToArray(), "notes.txt"));
        var form = await HtmlPage.GetAsync(admin, $"/data-requests/{id}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("#Attachment", refused.Document.QuerySelector("[data-testid=error-summary] a")?.GetAttribute("href"));
        Assert.Equal("Immunizations attached", refused.Text("#Message"));
        Assert.Equal("Open", form.Text("[data-testid=status]"));
        Assert.False(form.Document.QuerySelector("#Attachment")!.HasAttribute("accept"), "A browser-side filter drops refused files silently.");
    }
}
