using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

/// <summary>
/// The in-memory test server has no network peer, so RemoteIpAddress is null; Kestrel sets it from
/// the connection. This factory gives every request a fixed documentation address (RFC 5737).
/// </summary>
public sealed class ClientAddressPortalAppFactory : ClockedPortalAppFactory
{
    public const string ClientIp = "203.0.113.7";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ClientIp);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
