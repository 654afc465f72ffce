using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Features.Account;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class TotpTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    [Fact]
    public async Task Code_UsedTwiceInSameStep_SecondUseRejectedAndAuditedAsReplay()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var code = TestAuthenticator.Code(account.AuthenticatorKey, factory.Clock);
        var first = await PasswordDoneAsync(account);
        var second = await PasswordDoneAsync(account);

        var accepted = await PortalSignIn.SubmitCodeAsync(first, code);
        var replayed = await PortalSignIn.SubmitCodeAsync(second, code);

        Assert.Equal("/", accepted.LocationPath());
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("already used", replayed.Errors, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(
            e => e.Action == AccountAuditActions.TotpReplay && e.UserId == account.Id)));
    }

    [Fact]
    public async Task Code_PreviousStepAfterCurrentStepAccepted_Rejected()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        await PortalSignIn.SubmitCodeAsync(await PasswordDoneAsync(account), TestAuthenticator.Code(account.AuthenticatorKey, factory.Clock));

        var older = await PortalSignIn.SubmitCodeAsync(await PasswordDoneAsync(account),
            TestAuthenticator.Code(account.AuthenticatorKey, factory.Clock, stepOffset: -1));

        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        Assert.Contains("already used", older.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(1, true)]
    [InlineData(-2, false)]
    [InlineData(2, false)]
    public async Task Code_FromNeighbouringSteps_AcceptedOnlyWithinOneStep(int stepOffset, bool accepted)
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");

        var result = await PortalSignIn.SubmitCodeAsync(await PasswordDoneAsync(account),
            TestAuthenticator.Code(account.AuthenticatorKey, factory.Clock, stepOffset));

        Assert.Equal(accepted, result.LocationPath() == "/");
    }

    [Fact]
    public async Task Code_SentTwiceInParallel_ExactlyOneSignIn()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var code = TestAuthenticator.Code(account.AuthenticatorKey, factory.Clock);
        var clients = new[] { await PasswordDoneAsync(account), await PasswordDoneAsync(account), await PasswordDoneAsync(account) };
        var forms = new List<(HttpClient Client, HtmlForm Form)>();
        foreach (var client in clients)
        {
            forms.Add((client, (await HtmlPage.GetAsync(client, "/account/signin/code")).Form("/account/signin/code").Set("Code", code)));
        }

        var responses = await Task.WhenAll(forms.Select(f => f.Form.PostAsync(f.Client)));

        Assert.Single(responses, r => r.LocationPath() == "/");
    }

    [Fact]
    public async Task Database_AfterEnrolment_HoldsAuthenticatorKeyOnlyEncrypted()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");

        var stored = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id)
            .Select(u => u.ProtectedAuthenticatorKey).SingleAsync());

        Assert.NotNull(stored);
        Assert.DoesNotContain(account.AuthenticatorKey, stored, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await factory.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == account.Id).ToListAsync()));
    }

    private async Task<HttpClient> PasswordDoneAsync(TestAccount account)
    {
        var client = factory.CreatePortalClient();
        var page = await PortalSignIn.SubmitPasswordAsync(client, account.Email, account.Password);
        Assert.Equal("/account/signin/code", page.LocationPath());
        return client;
    }
}
