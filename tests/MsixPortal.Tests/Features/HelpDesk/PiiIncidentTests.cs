using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.HelpDesk.HelpDeskForms;

namespace MsixPortal.Tests.Features.HelpDesk;

/// <summary>PII incident reports: urgent emails to the right administrators, first in their worklists, acknowledged within the hour, audited.</summary>
public class PiiIncidentTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    private const string WhatHappened = "Printed record of Maria Lopez left on the bus";
    private const string WhoWasTold = "My supervisor Ann Smith";

    [Fact]
    public async Task Incident_Reported_UrgentEmailsFirstInWorklistAcknowledgedAndAudited()
    {
        var reporter = await factory.SignInNewUserAsync([PortalRoles.Recruiter], "OK");
        var userAdministrator = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "OK");
        var dataAdministrator = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "OK");
        var otherState = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "AR");
        var national = await factory.SignInNewUserAsync([PortalRoles.NationalAdministrator], null);
        var olderQuestion = RequestPath(await AskAsync(reporter.Client, "account", "Please add the MEP Staff role"));

        var path = RequestPath(await ReportIncidentAsync(reporter.Client, WhatHappened, WhoWasTold));
        var reference = (await HtmlPage.GetAsync(reporter.Client, path)).Text("[data-testid=reference]");
        var mails = new[]
        {
            await MailAboutAsync(factory.Mail, userAdministrator.Account.Email, reference, 2),
            await MailAboutAsync(factory.Mail, dataAdministrator.Account.Email, reference, 1),
            await MailAboutAsync(factory.Mail, national.Account.Email, reference, 2),
        };
        var worklist = await HtmlPage.GetAsync(userAdministrator.Client, "/worklists");
        // An hour passes without acknowledgement (in steps shorter than the 30-minute idle time-out).
        var overdueWorklist = worklist;
        foreach (var minutes in new[] { 20, 20, 21 })
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(minutes));
            overdueWorklist = await HtmlPage.GetAsync(dataAdministrator.Client, "/worklists");
        }
        var acknowledged = await ConfirmAsync(dataAdministrator.Client, path, "acknowledge");
        var handlerView = await HtmlPage.GetAsync(dataAdministrator.Client, path);
        var reporterMail = await MailAboutAsync(factory.Mail, reporter.Account.Email, reference, 3, "acknowledged");

        Assert.Matches("^PI-[0-9]{6}$", reference);
        Assert.All(mails, mail =>
        {
            Assert.Contains("URGENT", mail.Subject, StringComparison.Ordinal);
            Assert.Contains(reference, mail.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain("Maria", mail.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("Ann Smith", mail.TextBody, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(factory.Mail.To(otherState.Account.Email), m => m.Subject?.Contains(reference, StringComparison.Ordinal) == true);
        var rows = worklist.Document.QuerySelectorAll("[data-testid=worklist] tbody tr");
        Assert.Equal("pii-incident", rows[0].GetAttribute("data-kind"));
        Assert.Equal("true", rows[0].GetAttribute("data-urgent"));
        Assert.Contains(rows, r => r.QuerySelector($"a[href='{olderQuestion}']") is not null);
        Assert.Contains("overdue", overdueWorklist.Text($"[data-testid=worklist] tr[data-kind=pii-incident]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, acknowledged.StatusCode);
        Assert.Equal("Acknowledged", handlerView.Text("[data-testid=status]"));
        Assert.Contains("acknowledged", reporterMail.Subject, StringComparison.Ordinal);
        var id = path["/help/requests/".Length..];
        var audit = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.TargetType == "help-desk-request" && e.TargetId == id)
            .OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(AuditActions.PiiIncidentReported, audit[0].Action);
        Assert.Equal("OK", audit[0].StateCode);
        Assert.Equal(reporter.Account.Id, audit[0].UserId);
        var acknowledgement = Assert.Single(audit, e => e.Action == AuditActions.PiiIncidentAcknowledged);
        Assert.Equal(dataAdministrator.Account.Id, acknowledgement.UserId);
        Assert.Contains("within-target=no", acknowledgement.Detail, StringComparison.Ordinal);
        Assert.All(audit, e => Assert.DoesNotContain("Maria", e.Detail ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Acknowledge_AdministratorOfAnotherState_ForbiddenAndStillOpen()
    {
        var reporter = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "LA");
        var outsider = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "MS");
        var path = RequestPath(await ReportIncidentAsync(reporter.Client, "Export sent to the wrong school", "Nobody yet"));

        var view = await outsider.Client.GetAsync(new Uri(path, UriKind.Relative));
        var acknowledge = await outsider.Client.PostAsync(new Uri($"{path}/acknowledge", UriKind.Relative),
            new FormUrlEncodedContent(await AntiforgeryFieldsAsync(outsider.Client)));

        Assert.Equal(HttpStatusCode.Forbidden, view.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, acknowledge.StatusCode);
        Assert.Equal("Open", (await HtmlPage.GetAsync(reporter.Client, path)).Text("[data-testid=status]"));
    }

    [Fact]
    public async Task IncidentForm_WarnsAgainstPastingPii_AndIsLinkedFromEveryPage()
    {
        var client = factory.CreatePortalClient();

        var form = await HtmlPage.GetAsync(client, "/help/incident");
        var home = await HtmlPage.GetAsync(client, "/");
        var signedIn = await factory.SignInAsync(PortalRoles.Recruiter, "OK");
        var search = await HtmlPage.GetAsync(signedIn, "/search");

        Assert.Contains("Do not paste student information", form.Text("[data-testid=no-pii-warning]"), StringComparison.Ordinal);
        Assert.Equal("/help/incident", home.Document.QuerySelector("[aria-label='Sensitive information notice'] a[data-testid=report-incident]")?.GetAttribute("href"));
        Assert.Equal("/help/incident", search.Document.QuerySelector("[aria-label='Sensitive information notice'] a[data-testid=report-incident]")?.GetAttribute("href"));
    }

    /// <summary>A valid antiforgery token and submission key of this client (from the incident form, which every user can open).</summary>
    private static async Task<IEnumerable<KeyValuePair<string, string>>> AntiforgeryFieldsAsync(HttpClient client) =>
        (await HtmlPage.GetAsync(client, "/help/incident")).Form("/help/incident").Fields
            .Where(f => f.Key is "__RequestVerificationToken" or "SubmissionKey");
}
