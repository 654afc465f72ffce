using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class ApplicationTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Apply_CompleteForm_StoresPendingApplicationWithRulesVersionAndEmailsApplicant()
    {
        var client = factory.CreatePortalClient();
        var email = NewEmail();

        var response = await FilledForm(await ApplyPageAsync(client), email).PostAsync(client);
        var application = await factory.WithDbAsync(db => db.AccountApplications.AsNoTracking().SingleAsync(a => a.Email == email));
        var confirmation = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
        var mail = await factory.Mail.LatestToAsync(email);

        Assert.Equal("/account/apply/submitted", response.LocationPath());
        Assert.Contains("Application received", confirmation.Text("h1"), StringComparison.Ordinal);
        Assert.Equal(AccountApplicationStatus.Pending, application.Status);
        Assert.Equal(PortalRoles.MepStaff, application.RequestedRole);
        Assert.Equal("TX", application.StateCode);
        Assert.Equal(1, application.RulesOfBehaviorVersionId);
        Assert.True(application.RulesOfBehaviorAcceptedAt > DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal(TrainingDate(), application.TrainingCompletedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("received your application", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_ExtraFieldsPosted_CannotSetStatusRoleOrReviewer()
    {
        var client = factory.CreatePortalClient();
        var email = NewEmail();
        var form = FilledForm(await ApplyPageAsync(client), email)
            .Set("Input.Status", "Approved").Set("Status", "Approved").Set("Input.GrantedRole", PortalRoles.NationalAdministrator)
            .Set("GrantedRole", PortalRoles.NationalAdministrator).Set("Input.ReviewerId", Guid.NewGuid().ToString())
            .Set("IsApproved", "true").Set("Role", PortalRoles.NationalAdministrator).Set("LockoutEnd", "2030-01-01")
            .Set("SecurityStamp", "x").Set("Input.UserId", Guid.NewGuid().ToString());

        await form.PostAsync(client);
        var application = await factory.WithDbAsync(db => db.AccountApplications.AsNoTracking().SingleAsync(a => a.Email == email));

        Assert.Equal(AccountApplicationStatus.Pending, application.Status);
        Assert.Null(application.GrantedRole);
        Assert.Null(application.ReviewerId);
        Assert.Null(application.UserId);
        Assert.Equal(PortalRoles.MepStaff, application.RequestedRole);
    }

    [Fact]
    public async Task Apply_RoleNotOfferedOnForm_Refused()
    {
        var client = factory.CreatePortalClient();

        var page = await FilledForm(await ApplyPageAsync(client), NewEmail())
            .Set("Input.RequestedRole", PortalRoles.NationalAdministrator).SubmitAsync(client);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Choose one of the listed roles.", page.Errors, StringComparison.Ordinal);
    }

    /// <summary>Item 40: the page answers alike for an open, a closed, a pending and a new email (no enumeration).</summary>
    [Fact]
    public async Task Apply_EmailOfAccountClosedAccountPendingApplicationOrNew_SameAnswer()
    {
        var open = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var closed = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX",
            configure: u => u.Status = AccountStatus.Deactivated);
        var pending = NewEmail();
        await FilledForm(await ApplyPageAsync(factory.CreatePortalClient()), pending).PostAsync(factory.CreatePortalClient());

        var answers = new List<string>();
        foreach (var email in new[] { NewEmail(), open.Email.ToUpperInvariant(), closed.Email, pending })
        {
            var client = factory.CreatePortalClient();
            var response = await FilledForm(await ApplyPageAsync(client), email).PostAsync(client);
            var page = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
            answers.Add($"{(int)response.StatusCode} {response.LocationPath()} {(int)page.StatusCode} {page.Text("main")}");
        }

        Assert.Single(answers.Distinct());
        Assert.StartsWith("302 /account/apply/submitted 200", answers[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_EmailOfExistingAccount_NothingStoredAndOwnerEmailedWithoutApplicantData()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var client = factory.CreatePortalClient();

        await FilledForm(await ApplyPageAsync(client), account.Email.ToUpperInvariant()).PostAsync(client);
        var mail = await factory.Mail.LatestToAsync(account.Email);

        var normalized = account.Email.ToUpperInvariant();
        Assert.Equal(0, await factory.WithDbAsync(db => db.AccountApplications.CountAsync(a => a.NormalizedEmail == normalized)));
        Assert.Contains("Someone submitted an application", mail.TextBody, StringComparison.Ordinal);
        foreach (var typed in new[] { "Alex", "Applicant", "512-555-0100", "Registrar", "Austin", "Sam Supervisor", "sam.supervisor" })
        {
            Assert.DoesNotContain(typed, mail.TextBody + mail.Subject, StringComparison.OrdinalIgnoreCase);
        }
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "account.application-taken-email" && e.StateCode == "TX" && e.Detail == null)));
    }

    [Fact]
    public async Task Apply_EmailOfDeactivatedAccount_NothingStoredAndOwnerEmailed()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX",
            configure: u => u.Status = AccountStatus.Deactivated);
        var client = factory.CreatePortalClient();

        await FilledForm(await ApplyPageAsync(client), account.Email).PostAsync(client);
        var mail = await factory.Mail.LatestToAsync(account.Email);

        Assert.Contains("already has an MSIX Portal account or an application", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AccountApplications.CountAsync(a => a.Email == account.Email)));
    }

    [Fact]
    public async Task Apply_SameEmailWhilePending_NotStoredTwiceAndOwnerEmailed()
    {
        var client = factory.CreatePortalClient();
        var email = NewEmail();
        await FilledForm(await ApplyPageAsync(client), email).PostAsync(client);

        var second = await FilledForm(await ApplyPageAsync(client), email).PostAsync(client);
        var mail = await factory.Mail.LatestToAsync(email, expectedCount: 2);

        Assert.Equal("/account/apply/submitted", second.LocationPath());
        Assert.Contains("Someone submitted an application", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AccountApplications.CountAsync(a => a.Email == email)));
    }

    [Fact]
    public async Task Apply_RulesOfBehaviorNotAccepted_Refused()
    {
        var client = factory.CreatePortalClient();

        var page = await FilledForm(await ApplyPageAsync(client), NewEmail()).Remove("Input.AcceptRulesOfBehavior").SubmitAsync(client);

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {page.LocationPath()}");
        Assert.Contains("You must accept the Rules of Behavior", page.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_TrainingOlderThanAYear_Refused()
    {
        var client = factory.CreatePortalClient();
        var old = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var page = await FilledForm(await ApplyPageAsync(client), NewEmail()).Set("Input.TrainingCompletedOn", old).SubmitAsync(client);

        Assert.Contains("within the last 12 months", page.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_FormWithoutAntiforgeryToken_BadRequest()
    {
        var client = factory.CreatePortalClient();
        var form = FilledForm(await ApplyPageAsync(client), NewEmail()).Remove("__RequestVerificationToken");

        var response = await form.PostAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<HtmlPage> ApplyPageAsync(HttpClient client) => await HtmlPage.GetAsync(client, "/account/apply");

    private static string NewEmail() => $"applicant-{Guid.NewGuid():N}@example.org";

    private static string TrainingDate() =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Apply_NewApplication_StateUserAdministratorsToldInPortalAndByEmailWithoutApplicantData()
    {
        var reviewer = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.UserAdministrator], "WV");
        var otherState = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.UserAdministrator], "VA");
        var client = factory.CreatePortalClient();

        await FilledForm(await ApplyPageAsync(client), NewEmail()).Set("Input.StateCode", "WV").PostAsync(client);

        var mail = await factory.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(m => m.To == reviewer.Email));
        var notification = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.UserId == reviewer.Id));
        Assert.Contains("account application for WV is waiting for review", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("/admin/applications", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("/admin/applications", notification.Link);
        foreach (var typed in new[] { "Alex", "Applicant", "512-555-0100", "Registrar", "Austin", "Sam Supervisor", "sam.supervisor", "@example" })
        {
            Assert.DoesNotContain(typed, mail.TextBody + mail.Subject + notification.Text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.False(await factory.WithDbAsync(db => db.OutboxEmails.AnyAsync(m => m.To == otherState.Email)));
    }

    [Fact]
    public async Task Apply_StateWithoutUserAdministrator_NationalAdministratorsTold()
    {
        var national = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.NationalAdministrator], null);
        var client = factory.CreatePortalClient();

        await FilledForm(await ApplyPageAsync(client), NewEmail()).Set("Input.StateCode", "DE").PostAsync(client);

        Assert.True(await factory.WithDbAsync(db => db.OutboxEmails.AnyAsync(m => m.To == national.Email
            && m.Subject.Contains("account application for DE"))));
    }

    private static HtmlForm FilledForm(HtmlPage page, string email) => page.Form("/account/apply")
        .Set("Input.FullName", "Alex Applicant")
        .Set("Input.Email", email)
        .Set("Input.Phone", "512-555-0100")
        .Set("Input.JobTitle", "Registrar")
        .Set("Input.StateCode", "TX")
        .Set("Input.Organization", "Austin ISD")
        .Set("Input.RequestedRole", PortalRoles.MepStaff)
        .Set("Input.SupervisorName", "Sam Supervisor")
        .Set("Input.SupervisorEmail", "sam.supervisor@example.org")
        .Set("Input.TrainingCompletedOn", TrainingDate())
        .Set("Input.AcceptRulesOfBehavior", "true");
}
