using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

/// <summary>
/// Issue 17, second probe: a session opened with the password before enrolment cannot take the
/// authenticator over afterwards. Enrolment rotates the security stamp and ends every other session.
/// </summary>
public class EnrolmentSessionTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    [Fact]
    public async Task Enrol_InOneBrowser_EndsTheOtherPreEnrolmentSessionAndRotatesTheStamp()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.MepStaff], "TX", enrolled: false);
        var browserB = factory.CreatePortalClient();
        var browserA = factory.CreatePortalClient();
        Assert.Equal("/account/enrol", (await PortalSignIn.SubmitPasswordAsync(browserB, account.Email, account.Password)).LocationPath());
        Assert.Equal("/account/enrol", (await PortalSignIn.SubmitPasswordAsync(browserA, account.Email, account.Password)).LocationPath());
        var stampBefore = await StampAsync(account.Id);

        var enrolment = await HtmlPage.GetAsync(browserA, "/account/enrol");
        var key = enrolment.Text("[data-testid=authenticator-key]").Replace(" ", "", StringComparison.Ordinal);
        var codes = await enrolment.Form("/account/enrol").Set("Code", TestAuthenticator.Code(key, factory.Clock)).SubmitAsync(browserA);
        var keyAfterA = await KeyAsync(account.Id);
        var takeover = await browserB.GetAsync(new Uri("/account/enrol", UriKind.Relative));
        var otherPage = await browserB.GetAsync(new Uri("/account", UriKind.Relative));
        var stillA = await browserA.GetAsync(new Uri("/account", UriKind.Relative));

        Assert.Equal(10, codes.Document.QuerySelectorAll("[data-testid=recovery-codes] li").Length);
        Assert.NotEqual(stampBefore, await StampAsync(account.Id));
        Assert.StartsWith("/account/signin", takeover.LocationPath(), StringComparison.Ordinal);
        Assert.StartsWith("/account/signin", otherPage.LocationPath(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillA.StatusCode);
        Assert.Equal(keyAfterA, await KeyAsync(account.Id));
        Assert.Equal(1, await factory.WithDbAsync(db => db.UserSessions.CountAsync(s => s.UserId == account.Id)));
    }

    private Task<string?> StampAsync(Guid userId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync());

    private Task<string?> KeyAsync(Guid userId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.ProtectedAuthenticatorKey).SingleAsync());
}
