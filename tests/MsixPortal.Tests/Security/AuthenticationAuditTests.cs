using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Audit;
using MsixPortal.Features.Account;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security;

/// <summary>
/// security.md 29 and issue 3 point 9: sign-in successes, failures and lockouts each leave an audit
/// row with the user, client IP and UTC time (TOTP replays: TotpTests; 403s: SecurityLoggingTests).
/// </summary>
public class AuthenticationAuditTests(ClientAddressPortalAppFactory factory) : IClassFixture<ClientAddressPortalAppFactory>
{
    [Fact]
    public async Task SignIn_Succeeded_AuditedWithUserIpAndUtcTime()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");

        await factory.SignInAsync(account);

        AssertWho(await SingleAsync(account, AccountAuditActions.SignInSucceeded), account);
    }

    [Fact]
    public async Task SignIn_WrongPasswordFiveTimes_AuditsEachFailureAndTheLockout()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), account.Email, "wrong password number " + attempt);
        }

        var failures = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.UserId == account.Id && e.Action == AccountAuditActions.SignInFailed).ToListAsync());
        Assert.Equal(5, failures.Count);
        Assert.All(failures, failure => AssertWho(failure, account));
        Assert.DoesNotContain(failures, f => f.Detail != null && f.Detail.Contains("wrong password", StringComparison.Ordinal));
        AssertWho(await SingleAsync(account, AccountAuditActions.LockedOut), account);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_AuditedWithoutTheTypedEmail()
    {
        var typed = $"nobody-{Guid.NewGuid():N}@example.org";

        await PortalSignIn.SubmitPasswordAsync(factory.CreatePortalClient(), typed, "some password here");

        var rows = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AccountAuditActions.SignInFailed && e.UserId == null).ToListAsync());
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Equal(ClientAddressPortalAppFactory.ClientIp, row.ClientIp));
        Assert.DoesNotContain(rows, row => $"{row.Detail}{row.TargetId}".Contains(typed, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SignIn_ForwardedForFromUntrustedPeer_Ignored()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var client = factory.CreatePortalClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", BehindProxyPortalAppFactory.ForwardedClientIp);

        await factory.SignInAsync(account, client);

        AssertWho(await SingleAsync(account, AccountAuditActions.SignInSucceeded), account);
    }

    private Task<AuditEvent> SingleAsync(TestAccount account, string action) =>
        factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.UserId == account.Id && e.Action == action));

    private void AssertWho(AuditEvent row, TestAccount account)
    {
        Assert.Equal(account.Id, row.UserId);
        Assert.Equal("TX", row.StateCode);
        Assert.Equal(ClientAddressPortalAppFactory.ClientIp, row.ClientIp);
        Assert.Equal(DateTimeKind.Utc, row.OccurredAt.Kind);
        Assert.InRange(row.OccurredAt, factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1), factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(1));
    }
}

/// <summary>security.md 29 and 31 behind a load balancer: the client address is the one a trusted proxy forwards.</summary>
public class BehindProxyAuditTests(BehindProxyPortalAppFactory factory) : IClassFixture<BehindProxyPortalAppFactory>
{
    [Fact]
    public async Task SignIn_ForwardedForFromTrustedProxy_AuditsTheForwardedAddress()
    {
        var account = await TestAccounts.CreateAsync(factory.Services, [PortalRoles.Recruiter], "TX");
        var client = factory.CreatePortalClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", BehindProxyPortalAppFactory.ForwardedClientIp);

        await factory.SignInAsync(account, client);

        var row = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .SingleAsync(e => e.UserId == account.Id && e.Action == AccountAuditActions.SignInSucceeded));
        Assert.Equal(BehindProxyPortalAppFactory.ForwardedClientIp, row.ClientIp);
    }
}
