using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.HelpDesk.HelpDeskForms;

namespace MsixPortal.Tests.Features.HelpDesk;

/// <summary>
/// Acknowledging an incident and closing a request confirm first (issue 20, product.md: every action
/// that changes data says what it will do, then what it did): the confirmation page changes nothing.
/// </summary>
public class HelpDeskConfirmationTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Acknowledge_ConfirmationPageSaysWhatHappensAndChangesNothing_ThenTheButtonAcknowledges()
    {
        var reporter = await factory.SignInNewUserAsync([PortalRoles.Recruiter], "WY");
        var handler = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "WY");
        var path = RequestPath(await ReportIncidentAsync(reporter.Client, "A laptop with an export was stolen", "My supervisor"));
        var id = long.Parse(path["/help/requests/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        var confirmation = await HtmlPage.GetAsync(handler.Client, $"{path}/acknowledge");
        var afterLooking = await factory.WithDbAsync(db => db.HelpDeskRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        var acknowledged = await confirmation.Form($"{path}/acknowledge").PostAsync(handler.Client);
        var result = await HtmlPage.GetAsync(handler.Client, acknowledged.Headers.Location!.OriginalString);
        var again = await HtmlPage.GetAsync(handler.Client, $"{path}/acknowledge");

        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        Assert.Contains("1-hour clock stops", confirmation.Text("[data-testid=what-happens]"), StringComparison.Ordinal);
        Assert.Equal("Acknowledge the incident", confirmation.Text("[data-testid=confirm]"));
        Assert.Null(afterLooking.AcknowledgedAt);
        Assert.Equal("Open", afterLooking.Status.ToString());
        Assert.Equal($"{path}?done=acknowledged", acknowledged.Headers.Location.OriginalString);
        Assert.Contains("You acknowledged the incident", result.Text("[data-testid=done]"), StringComparison.Ordinal);
        Assert.Equal("Acknowledged", result.Text("[data-testid=status]"));
        Assert.Contains("acknowledged or closed already", again.Text("[data-testid=problem]"), StringComparison.Ordinal);
        Assert.Null(again.Document.QuerySelector("[data-testid=confirm]"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == AuditActions.PiiIncidentAcknowledged
            && e.TargetId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Close_ConfirmationPageChangesNothingUntilConfirmed_AndSaysWhenItIsClosedAlready()
    {
        var reporter = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "VT");
        var path = RequestPath(await AskAsync(reporter.Client, "account", "Please add the Data Administrator role to my account"));
        var id = long.Parse(path["/help/requests/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        var confirmation = await HtmlPage.GetAsync(reporter.Client, $"{path}/close");
        var statusAfterLooking = await factory.WithDbAsync(db => db.HelpDeskRequests.Where(r => r.Id == id).Select(r => r.Status.ToString()).SingleAsync());
        var closed = await ConfirmAsync(reporter.Client, path, "close");
        var result = await HtmlPage.GetAsync(reporter.Client, closed.Headers.Location!.OriginalString);
        var again = await HtmlPage.GetAsync(reporter.Client, $"{path}/close");

        Assert.Contains("Closing ends your request", confirmation.Text("[data-testid=what-happens]"), StringComparison.Ordinal);
        Assert.NotEqual("Closed", statusAfterLooking);
        Assert.Equal("The request was closed.", result.Text("[data-testid=done]"));
        Assert.Equal("Closed", result.Text("[data-testid=status]"));
        Assert.Null(result.Document.QuerySelector($"a[href='{path}/close']"));
        Assert.Contains("closed already", again.Text("[data-testid=problem]"), StringComparison.Ordinal);
        Assert.Null(again.Document.QuerySelector("[data-testid=confirm]"));
    }

    [Fact]
    public async Task ConfirmationPages_SomeoneWhoMayNotAct_ForbiddenLikeTheActions()
    {
        var reporter = await factory.SignInNewUserAsync([PortalRoles.Recruiter], "ME");
        var outsider = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "NH");
        var path = RequestPath(await ReportIncidentAsync(reporter.Client, "A record was emailed to a parent by mistake", "Nobody yet"));

        var acknowledgeByOutsider = await outsider.Client.GetAsync(new Uri($"{path}/acknowledge", UriKind.Relative));
        var closeByOutsider = await outsider.Client.GetAsync(new Uri($"{path}/close", UriKind.Relative));
        // A reporter may close a question, but not an incident: its handlers close it once acknowledged.
        var closeByReporter = await reporter.Client.GetAsync(new Uri($"{path}/close", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, acknowledgeByOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, closeByOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, closeByReporter.StatusCode);
    }
}
