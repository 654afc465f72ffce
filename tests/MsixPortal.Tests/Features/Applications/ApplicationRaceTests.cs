using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Applications;

/// <summary>
/// Issue 17, second probe: decisions on one application at the same moment. Exactly one wins; the
/// others get the 409 page with nothing changed, never a 500 (a conditional update on Pending).
/// </summary>
public class ApplicationRaceTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    [Fact]
    public async Task ApproveAndReject_AtTheSameMoment_ExactlyOneWinsAndTheOutcomeIsConsistent()
    {
        var approver = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var rejecter = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        for (var round = 0; round < 5; round++)
        {
            var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.MepStaff);
            var path = $"/admin/applications/{application.Id}";
            var pages = await Task.WhenAll(HtmlPage.GetAsync(approver, path), HtmlPage.GetAsync(rejecter, path));

            var answers = await Task.WhenAll(
                pages[0].Form($"{path}/approve").PostAsync(approver),
                pages[1].Form($"{path}/reject").Set("Reason", "Not verified by the supervisor").PostAsync(rejecter));

            Assert.DoesNotContain(answers, a => (int)a.StatusCode >= 500);
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
            var normalized = application.Email.ToUpperInvariant();
            var decided = await factory.WithDbAsync(db => db.AccountApplications.AsNoTracking().SingleAsync(a => a.Id == application.Id));
            var accounts = await factory.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == normalized));
            var links = await factory.WithDbAsync(db => db.AccountTokens.CountAsync(t => t.Purpose == AccountTokenPurpose.Activation
                && db.Users.Any(u => u.Id == t.UserId && u.NormalizedEmail == normalized)));
            Assert.Equal(decided.Status == AccountApplicationStatus.Approved ? (1, 1) : (0, 0), (accounts, links));
            Assert.NotEqual(AccountApplicationStatus.Pending, decided.Status);
        }
    }

    [Fact]
    public async Task Approve_FourTimesAtOnce_OneAccountThreeConflictsNo500()
    {
        var admin = await factory.SignInAsync(PortalRoles.UserAdministrator, "TX");
        var application = await TestApplications.CreateAsync(factory.Services, "TX", PortalRoles.Recruiter);
        var path = $"/admin/applications/{application.Id}";
        var form = (await HtmlPage.GetAsync(admin, path)).Form($"{path}/approve");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => form.PostAsync(admin)));

        Assert.DoesNotContain(answers, a => (int)a.StatusCode >= 500);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(3, answers.Count(a => a.StatusCode == HttpStatusCode.Conflict));
        var normalized = application.Email.ToUpperInvariant();
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.NormalizedEmail == normalized)));
    }
}
