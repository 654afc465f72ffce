using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport;
using static MsixPortal.Tests.Features.HelpDesk.HelpDeskForms;

namespace MsixPortal.Tests.Features.HelpDesk;

/// <summary>Help-desk questions: routing by State and category, replies on the portal, emails without the texts, audit rows.</summary>
public class HelpDeskRequestTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    private const string Question = "My authenticator app shows codes the portal refuses";
    private const string Answer = "Check that your phone's clock is set automatically";

    [Fact]
    public async Task AccountQuestion_AnsweredAndClosed_RoutedToOwnStateAdministratorsEmailsCarryNoText()
    {
        var reporter = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "KS");
        var ownAdministrator = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "KS");
        var otherAdministrator = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "NE");
        var national = await factory.SignInNewUserAsync([PortalRoles.NationalAdministrator], null);

        var created = await AskAsync(reporter.Client, "authenticator", Question);
        var path = RequestPath(created);
        var reference = (await HtmlPage.GetAsync(reporter.Client, path)).Text("[data-testid=reference]");
        var toAdministrator = await factory.Mail.LatestToAsync(ownAdministrator.Account.Email);
        var toNational = await factory.Mail.LatestToAsync(national.Account.Email);
        var toReporter = await factory.Mail.LatestToAsync(reporter.Account.Email);
        var worklist = await HtmlPage.GetAsync(ownAdministrator.Client, "/worklists");
        var otherWorklist = await HtmlPage.GetAsync(otherAdministrator.Client, "/worklists");
        var otherView = await otherAdministrator.Client.GetAsync(new Uri(path, UriKind.Relative));

        var replied = await PostButtonAsync(ownAdministrator.Client, path, "reply", ("Text", Answer));
        var answerMail = await MailAboutAsync(factory.Mail, reporter.Account.Email, reference, 2, "answered");
        var reporterView = await HtmlPage.GetAsync(reporter.Client, path);
        var closed = await ConfirmAsync(reporter.Client, path, "close");
        var closedView = await HtmlPage.GetAsync(reporter.Client, path);

        Assert.Equal("/help/requests/", path[..15]);
        Assert.Matches("^HD-[0-9]{6}$", reference);
        Assert.Contains(reference, toAdministrator.Subject, StringComparison.Ordinal);
        Assert.Contains(reference, toNational.Subject, StringComparison.Ordinal);
        Assert.Contains(reference, toReporter.Subject, StringComparison.Ordinal);
        Assert.All(new[] { toAdministrator, toNational, toReporter, answerMail }, mail =>
        {
            Assert.DoesNotContain("authenticator app shows", mail.TextBody, StringComparison.Ordinal);
            Assert.DoesNotContain("phone's clock", mail.TextBody, StringComparison.Ordinal);
        });
        Assert.Empty(factory.Mail.To(otherAdministrator.Account.Email));
        Assert.NotNull(worklist.Document.QuerySelector($"[data-testid=worklist] tr[data-kind=help-desk] a[href='{path}']"));
        Assert.Null(otherWorklist.Document.QuerySelector($"a[href='{path}']"));
        Assert.Equal(HttpStatusCode.Forbidden, otherView.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replied.StatusCode);
        Assert.Equal("Answered", reporterView.Text("[data-testid=status]"));
        Assert.Contains(Answer, reporterView.Text("[data-testid=replies]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("Closed", closedView.Text("[data-testid=status]"));
        var id = path["/help/requests/".Length..];
        var actions = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.TargetType == "help-desk-request" && e.TargetId == id)
            .OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            new[] { AuditActions.HelpDeskRequestCreated, AuditActions.HelpDeskRequestViewed, AuditActions.HelpDeskReplied, AuditActions.HelpDeskClosed },
            actions.Select(e => e.Action).Distinct());
        Assert.All(actions, e =>
        {
            Assert.Equal("KS", e.StateCode);
            Assert.DoesNotContain("authenticator app", e.Detail ?? "", StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task QuestionNotAboutAnAccount_GoesToNationalAdministratorsOnly()
    {
        var reporter = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "IA");
        var stateAdministrator = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "IA");
        var national = await factory.SignInNewUserAsync([PortalRoles.NationalAdministrator], null);

        var path = RequestPath(await AskAsync(reporter.Client, "records", "The record page shows two enrollments twice"));
        await factory.Mail.LatestToAsync(national.Account.Email);
        var stateView = await stateAdministrator.Client.GetAsync(new Uri(path, UriKind.Relative));
        var nationalView = await HtmlPage.GetAsync(national.Client, path);

        Assert.Empty(factory.Mail.To(stateAdministrator.Account.Email));
        Assert.Equal(HttpStatusCode.Forbidden, stateView.StatusCode);
        Assert.Equal("Open", nationalView.Text("[data-testid=status]"));
    }

    [Fact]
    public async Task Visitor_WritesWithoutSigningIn_GetsReferenceAndFollowsByEmailedLink()
    {
        var stateAdministrator = await factory.SignInNewUserAsync([PortalRoles.UserAdministrator], "MO");
        var visitor = factory.CreatePortalClient();
        var email = $"locked-{Guid.NewGuid():N}@example.org";

        var sent = await AskAsync(visitor, "sign-in", "I am locked out after a new phone",
            ("ContactName", "Pat Visitor"), ("ContactEmail", email), ("StateCode", "MO"));
        var confirmation = await HtmlPage.GetAsync(visitor, "/help/sent");
        var mail = await factory.Mail.LatestToAsync(email);
        var tracking = MailFolder.LinkIn(mail);
        var followed = await HtmlPage.GetAsync(factory.CreatePortalClient(), tracking.PathAndQuery);
        var handlerMail = await factory.Mail.LatestToAsync(stateAdministrator.Account.Email);

        Assert.Equal("/help/sent", sent.LocationPath());
        var reference = confirmation.Text("[data-testid=reference]");
        Assert.Matches("^HD-[0-9]{6}$", reference);
        Assert.Contains(reference, mail.Subject, StringComparison.Ordinal);
        Assert.StartsWith("/help/track/", tracking.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("locked out", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("I am locked out after a new phone", followed.Text("[data-testid=message]"), StringComparison.Ordinal);
        Assert.Empty(followed.Document.QuerySelectorAll("form[action*='/reply']"));
        Assert.Contains(reference, handlerMail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Visitor_WithoutEmailOrState_ErrorSummaryAndNothingStored()
    {
        var visitor = factory.CreatePortalClient();
        var before = await factory.WithDbAsync(db => db.HelpDeskRequests.CountAsync());

        var page = await HtmlPage.LoadAsync(await AskAsync(visitor, "sign-in", "Cannot sign in"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Enter your work email", page.Errors, StringComparison.Ordinal);
        Assert.Contains("Choose your State", page.Errors, StringComparison.Ordinal);
        Assert.Equal("Cannot sign in", page.Document.QuerySelector("#message")?.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.HelpDeskRequests.CountAsync()));
    }

    [Fact]
    public async Task Visitor_CategoryOnlyForSignedInUsers_Refused()
    {
        var visitor = factory.CreatePortalClient();

        var page = await HtmlPage.LoadAsync(await AskAsync(visitor, "submissions", "Upload question",
            ("ContactEmail", "someone@example.org"), ("StateCode", "MO")));

        Assert.Contains("Choose what your question is about", page.Errors, StringComparison.Ordinal);
    }
}
