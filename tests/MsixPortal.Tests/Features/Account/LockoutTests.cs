using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.SignIn;
using MsixPortal.Features.Account.Totp;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Account;

public class LockoutTests(ClockedPortalAppFactory factory) : IClassFixture<ClockedPortalAppFactory>
{
    [Fact]
    public async Task Password_SixthWrongInARow_LockedOutEvenWithTheRightPassword()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, "wrong password number " + attempt);
        }

        var sixth = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, "wrong password again");
        var right = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, account.Password);

        Assert.Contains(SignInMessages.LockedOut, sixth.Errors, StringComparison.Ordinal);
        Assert.Contains(SignInMessages.LockedOut, right.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_AfterFifteenMinuteLockout_SignsInAgain()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, "wrong password number " + attempt);
        }

        var during = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, account.Password);
        factory.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        var after = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, account.Password);

        Assert.Contains(SignInMessages.LockedOut, during.Errors, StringComparison.Ordinal);
        Assert.Equal("/account/signin/code", after.LocationPath());
    }

    [Fact]
    public async Task Totp_FiveWrongCodes_LocksTheAccount()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var client = factory.CreatePortalClient();
        await PortalSignIn.SubmitPasswordAsync(client, account.Email, account.Password);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PortalSignIn.SubmitCodeAsync(client, WrongCode(account));
        }

        var rightCode = await PortalSignIn.SubmitCodeAsync(client, TestAuthenticator.Code(account.AuthenticatorKey, factory.Clock));

        Assert.Contains(SignInMessages.LockedOut, rightCode.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecoveryCode_WrongCodes_CountTowardLockout()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var codes = await NewRecoveryCodesAsync(account);
        var client = factory.CreatePortalClient();
        await PortalSignIn.SubmitPasswordAsync(client, account.Email, account.Password);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PortalSignIn.SubmitRecoveryCodeAsync(client, "AAAAAAAA-AAAAAAA" + attempt);
        }

        var valid = await PortalSignIn.SubmitRecoveryCodeAsync(client, codes[0]);

        Assert.Contains(SignInMessages.LockedOut, valid.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecoveryCode_UsedOnce_FailsOnSecondUse()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var codes = await NewRecoveryCodesAsync(account);
        var first = factory.CreatePortalClient();
        await PortalSignIn.SubmitPasswordAsync(first, account.Email, account.Password);
        var second = factory.CreatePortalClient();
        await PortalSignIn.SubmitPasswordAsync(second, account.Email, account.Password);

        var firstUse = await PortalSignIn.SubmitRecoveryCodeAsync(first, codes[0].ToLowerInvariant());
        var secondUse = await PortalSignIn.SubmitRecoveryCodeAsync(second, codes[0]);

        Assert.Equal("/", firstUse.LocationPath());
        Assert.Contains(SignInMessages.WrongRecoveryCode, secondUse.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecoveryCodes_Stored_OnlyAsHashes()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var codes = await NewRecoveryCodesAsync(account);

        var stored = await factory.WithDbAsync(db => db.RecoveryCodes.Where(c => c.UserId == account.Id).Select(c => c.CodeHash).ToListAsync());

        Assert.Equal(10, stored.Count);
        Assert.All(stored, hash => Assert.Matches("^[0-9a-f]{64}$", hash));
        Assert.All(codes, code => Assert.DoesNotContain(stored, hash => hash.Contains(code.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Failures_HundredInARowAcrossLockouts_DisableTheAccountWithoutEvaluatingMore()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        // 95 failures already accrued over earlier lockout periods; five more reach 100.
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.TotalFailedSignIns, 95)));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, "wrong password number " + attempt);
        }
        factory.Clock.Advance(TimeSpan.FromHours(1));

        var right = await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, account.Password);
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == account.Id));

        Assert.Contains(SignInMessages.Disabled, right.Errors, StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Disabled, user.Status);
        Assert.Equal(AccountDisabledReason.TooManyFailedSignIns, user.DisabledReason);
        Assert.Equal(100, user.TotalFailedSignIns);
    }

    [Fact]
    public async Task SignIn_Succeeds_ResetsTheFailureCounters()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, "wrong password number " + attempt);
        }

        await factory.SignInAsync(account);
        var user = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == account.Id));

        Assert.Equal(0, user.AccessFailedCount);
        Assert.Equal(0, user.TotalFailedSignIns);
        Assert.NotNull(user.LastSignInAt);
    }

    private string WrongCode(TestAccount account)
    {
        var right = TestAuthenticator.Code(account.AuthenticatorKey, factory.Clock);
        return right == "000000" ? "111111" : "000000";
    }

    private async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(TestAccount account)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var codes = await scope.ServiceProvider.GetRequiredService<RecoveryCodes>().ReplaceAsync(account.Id);
        await scope.ServiceProvider.GetRequiredService<MsixPortal.Data.PortalDbContext>().SaveChangesAsync();
        return codes;
    }
}
