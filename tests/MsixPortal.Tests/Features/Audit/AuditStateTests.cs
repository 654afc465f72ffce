using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Features.Account;
using MsixPortal.Features.Audit;
using MsixPortal.Tests.Features.Submissions;
using MsixPortal.Tests.Features.Submissions.Api;
using MsixPortal.Tests.Features.Submissions.Web;
using MsixPortal.TestSupport;
using TestStudent = MsixPortal.Tests.Features.Submissions.TestStudent;

namespace MsixPortal.Tests.Features.Audit;

/// <summary>
/// Issue 17, second probe: every submission writes an audit row, and rows carry the State of the
/// records or account they concern, not the actor's (a national administrator has none).
/// </summary>
public class AuditStateTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    [Fact]
    public async Task Submissions_UploadDryRunAndApi_EachWriteARowOfTheSubmittingState()
    {
        var dataAdmin = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "NH");
        var api = (await TestApiClient.CreateAsync(factory, "NH")).CreateHttpClient(factory);

        await UploadPage.UploadAsync(dataAdmin.Client, SubmissionFiles.XmlBytes("NH", [TestStudent.Child("NH", "U1")]), "dry-run");
        await UploadPage.UploadAsync(dataAdmin.Client, SubmissionFiles.XmlBytes("NH", [TestStudent.Child("NH", "U2")]), "submit");
        await api.PostAsync(new Uri("/api/v1/submissions", UriKind.Relative), TestApiClient.Content(SubmissionFiles.XmlBytes("NH", [TestStudent.Child("NH", "A3")])));
        var rows = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Action.StartsWith("submission.") && e.StateCode == "NH").ToListAsync());

        Assert.Contains(rows, e => e.Action == AuditActions.SubmissionDryRun && e.UserId == dataAdmin.Account.Id
            && e.Detail!.Contains("channel=upload", StringComparison.Ordinal));
        Assert.Contains(rows, e => e.Action == AuditActions.SubmissionReceived && e.UserId == dataAdmin.Account.Id
            && e.Detail!.Contains("channel=upload", StringComparison.Ordinal) && e.TargetId is not null);
        Assert.Contains(rows, e => e.Action == AuditActions.SubmissionReceived
            && e.Detail!.Contains("channel=api", StringComparison.Ordinal) && e.Detail.Contains("apiClient=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NationalAdministrator_ApprovesAndDecidesNearMatch_RowsCarryTheStateConcerned()
    {
        var national = await factory.SignInAsync(PortalRoles.NationalAdministrator);
        var application = await TestApplications.CreateAsync(factory.Services, "ME", PortalRoles.MepStaff);
        var nearMatch = await TestNearMatches.CreateAsync(factory.Services, candidateState: "VA", incomingState: "WV");

        var approvePath = $"/admin/applications/{application.Id}";
        await (await HtmlPage.GetAsync(national, approvePath)).Form($"{approvePath}/approve").PostAsync(national);
        var decidePath = $"/near-matches/{nearMatch}";
        await (await HtmlPage.GetAsync(national, $"{decidePath}/decide?decision=match")).Form($"{decidePath}/decide").PostAsync(national);
        var userId = await factory.WithDbAsync(db => db.AccountApplications.Where(a => a.Id == application.Id).Select(a => a.UserId).SingleAsync());
        var rows = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.TargetId == userId.ToString() || e.TargetId == nearMatch.ToString()).ToListAsync());

        Assert.Contains(rows, e => e.Action == AccountAuditActions.ActivationLinkIssued && e.StateCode == "ME");
        Assert.Contains(rows, e => e.Action == AuditActions.NearMatchDecided && e.StateCode == "WV");
    }

    [Fact]
    public async Task PasswordResetAndActivation_RowsCarryTheAccountsState()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "RI");
        var (pending, link) = await PendingAccounts.CreateWithActivationLinkAsync(factory, PortalRoles.MepStaff, "DE");
        var client = factory.CreatePortalClient();

        await (await HtmlPage.GetAsync(client, "/account/forgot")).Form("/account/forgot").Set("Email", account.Email).PostAsync(client);
        var activation = await HtmlPage.GetAsync(client, link.PathAndQuery);
        await activation.Form("/account/activate").Set("Password", "river stone saffron kettle").Set("ConfirmPassword", "river stone saffron kettle").PostAsync(client);
        var rows = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.TargetId == account.Id.ToString() || e.TargetId == pending.Id.ToString()).ToListAsync());

        Assert.Contains(rows, e => e.Action == AccountAuditActions.PasswordResetRequested && e.StateCode == "RI");
        Assert.Contains(rows, e => e.Action == AccountAuditActions.Activated && e.StateCode == "DE");
    }

    [Fact]
    public async Task RecordHeldByTwoStates_ViewedFromOne_ShownInTheOtherStatesAuditTrail()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "OR", "WA");
        var viewer = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "WA");
        var oregonAdmin = await factory.SignInAsync(PortalRoles.UserAdministrator, "OR");
        var idahoAdmin = await factory.SignInAsync(PortalRoles.UserAdministrator, "ID");

        await HtmlPage.GetAsync(viewer.Client, $"/records/{student.MsixId}");
        var query = $"/admin/audit?Action={AuditActions.RecordViewed}&UserId={viewer.Account.Id}";
        var inOregon = await HtmlPage.GetAsync(oregonAdmin, query);
        var inIdaho = await HtmlPage.GetAsync(idahoAdmin, query);

        Assert.Contains(student.MsixId, inOregon.Document.QuerySelector("tbody")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Empty(inIdaho.Document.QuerySelectorAll("tbody tr"));
        var row = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .SingleAsync(e => e.Action == AuditActions.RecordViewed && e.UserId == viewer.Account.Id));
        Assert.Equal("WA", row.StateCode);
        Assert.Equal(["OR", "WA"], row.ConcernedStateCodes);
    }
}
