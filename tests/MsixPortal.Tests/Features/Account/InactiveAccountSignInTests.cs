using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.SignIn;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

/// <summary>security.md 21: pending, suspended (disabled) and deactivated accounts cannot sign in, even with the right password.</summary>
public class InactiveAccountSignInTests(ManySignInsPortalAppFactory factory) : IClassFixture<ManySignInsPortalAppFactory>
{
    [Theory]
    [InlineData(AccountStatus.Disabled, SignInMessages.Disabled)]
    [InlineData(AccountStatus.Deactivated, SignInMessages.Failed)]
    [InlineData(AccountStatus.PendingActivation, SignInMessages.Failed)]
    public async Task SignIn_AccountNotActive_RefusedWithTheRightPassword(AccountStatus status, string message)
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX", configure: u => u.Status = status);

        var page = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, account.Password);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(message, page.Errors, StringComparison.Ordinal);
    }
}
