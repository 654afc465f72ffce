using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Authorization;

/// <summary>
/// The State-scoped, resource-based policies evaluated by the app's own authorization service and
/// handlers, for principals shaped like the ones the sign-in issues.
/// </summary>
public class AccountPoliciesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SameState_UserOfThatState_Succeeds()
    {
        var user = Principal(Guid.NewGuid(), "TX", PortalRoles.DataAdministrator);

        var result = await AuthorizeAsync(user, new StateScopeForTest("TX"), Policies.SameState);

        Assert.True(result);
    }

    [Fact]
    public async Task SameState_UserOfAnotherState_Fails()
    {
        var user = Principal(Guid.NewGuid(), "TX", PortalRoles.DataAdministrator);

        var result = await AuthorizeAsync(user, new StateScopeForTest("CA"), Policies.SameState);

        Assert.False(result);
    }

    [Fact]
    public async Task SameState_StateUserOnNationalResource_Fails()
    {
        var user = Principal(Guid.NewGuid(), "TX", PortalRoles.UserAdministrator);

        var result = await AuthorizeAsync(user, new StateScopeForTest(null), Policies.SameState);

        Assert.False(result);
    }

    [Fact]
    public async Task SameState_NationalAdministrator_SucceedsForAnyState()
    {
        var user = Principal(Guid.NewGuid(), null, PortalRoles.NationalAdministrator);

        var result = await AuthorizeAsync(user, new StateScopeForTest("CA"), Policies.SameState);

        Assert.True(result);
    }

    [Fact]
    public async Task SameState_WithoutCompletedMfa_Fails()
    {
        var user = Principal(Guid.NewGuid(), "TX", PortalRoles.DataAdministrator, withMfa: false);

        var result = await AuthorizeAsync(user, new StateScopeForTest("TX"), Policies.SameState);

        Assert.False(result);
    }

    [Fact]
    public async Task AdministerAccount_UserAdministratorOnOwnStateRecruiter_Succeeds()
    {
        var admin = await PrincipalForStoredUserAsync("TX", PortalRoles.UserAdministrator);

        var result = await AuthorizeAsync(admin, Account("TX", PortalRoles.Recruiter), Policies.AdministerAccount);

        Assert.True(result);
    }

    [Fact]
    public async Task AdministerAccount_OtherStatesUser_Fails()
    {
        var admin = await PrincipalForStoredUserAsync("TX", PortalRoles.UserAdministrator);

        var result = await AuthorizeAsync(admin, Account("CA", PortalRoles.Recruiter), Policies.AdministerAccount);

        Assert.False(result);
    }

    [Fact]
    public async Task AdministerAccount_GrantingRoleAboveOwn_Fails()
    {
        var admin = await PrincipalForStoredUserAsync("TX", PortalRoles.UserAdministrator);

        var result = await AuthorizeAsync(admin, Account("TX", PortalRoles.Recruiter, PortalRoles.NationalAdministrator),
            Policies.AdministerAccount);

        Assert.False(result);
    }

    [Fact]
    public async Task AdministerAccount_OwnAccount_Fails()
    {
        var (admin, email, id) = await StoredUserAsync("TX", PortalRoles.UserAdministrator);

        var result = await AuthorizeAsync(admin,
            new AccountResource(id, email, "TX", [PortalRoles.UserAdministrator]), Policies.AdministerAccount);

        Assert.False(result);
    }

    [Fact]
    public async Task AdministerAccount_WithoutManageUsersPermission_Fails()
    {
        var staff = await PrincipalForStoredUserAsync("TX", PortalRoles.DataAdministrator);

        var result = await AuthorizeAsync(staff, Account("TX", PortalRoles.Recruiter), Policies.AdministerAccount);

        Assert.False(result);
    }

    [Fact]
    public async Task DecideApplication_ApplicationWithOwnEmail_Fails()
    {
        var (admin, email, _) = await StoredUserAsync("TX", PortalRoles.UserAdministrator);

        var result = await AuthorizeAsync(admin,
            new AccountResource(null, email.ToUpperInvariant(), "TX", [PortalRoles.MepStaff]), Policies.DecideApplication);

        Assert.False(result);
    }

    [Fact]
    public async Task DecideApplication_NationalAdministratorOnAnyStatesApplication_Succeeds()
    {
        var admin = await PrincipalForStoredUserAsync(null, PortalRoles.NationalAdministrator);

        var result = await AuthorizeAsync(admin, Account("CA", PortalRoles.UserAdministrator), Policies.DecideApplication);

        Assert.True(result);
    }

    private sealed record StateScopeForTest(string? StateCode) : IStateScoped;

    private static AccountResource Account(string? state, params string[] roles) =>
        new(Guid.NewGuid(), $"{Guid.NewGuid():N}@example.org", state, roles);

    private async Task<bool> AuthorizeAsync(ClaimsPrincipal user, object resource, string policy)
    {
        using var scope = factory.Services.CreateScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(user, resource, policy)).Succeeded;
    }

    private async Task<ClaimsPrincipal> PrincipalForStoredUserAsync(string? state, string role) =>
        (await StoredUserAsync(state, role)).Principal;

    private async Task<(ClaimsPrincipal Principal, string Email, Guid Id)> StoredUserAsync(string? state, string role)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var email = $"{Guid.NewGuid():N}@example.org";
        var user = new PortalUser { Id = Guid.NewGuid(), Email = email, UserName = email, StateCode = state };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return (Principal(user.Id, state, role), email, user.Id);
    }

    private static ClaimsPrincipal Principal(Guid id, string? state, string role, bool withMfa = true)
    {
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, id.ToString()), new(ClaimTypes.Role, role)];
        if (state is not null)
        {
            claims.Add(new Claim(PortalClaimTypes.StateCode, state));
        }
        if (withMfa)
        {
            claims.Add(new Claim(PortalClaimTypes.AuthenticationMethod, PortalClaimTypes.MultiFactor));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Identity.Application"));
    }
}
