using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Recertification;
using MsixPortal.Features.Account.Totp;

namespace MsixPortal.TestSupport;

/// <summary>An account created for a test, with what a person would know: email, password, authenticator key.</summary>
public sealed record TestAccount(
    Guid Id, string Email, string Password, string AuthenticatorKey, string? StateCode, IReadOnlyList<string> Roles);

/// <summary>Creates active accounts directly in the database (the way an approved, activated user ends up).</summary>
public static class TestAccounts
{
    /// <summary>Passes the portal's password rules; free of the test users' name and email words.</summary>
    public const string DefaultPassword = "tidy orchard lantern 42";

    public static async Task<TestAccount> CreateAsync(
        IServiceProvider services,
        IReadOnlyList<string> roles,
        string? stateCode,
        bool enrolled = true,
        Action<PortalUser>? configure = null)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var userManager = provider.GetRequiredService<UserManager<PortalUser>>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow();
        var rules = await provider.GetRequiredService<RulesOfBehavior>().CurrentAsync();
        var key = AuthenticatorKeys.NewBase32Key();
        LogCanaries.RegisterAuthenticatorKey(key);
        var id = Guid.NewGuid();
        var email = $"account-{id:N}@example.org";
        var user = new PortalUser
        {
            Id = id,
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = "Pat Tester",
            StateCode = stateCode,
            JobTitle = "Registrar",
            Organization = "Test District",
            SupervisorName = "Sam Supervisor",
            SupervisorEmail = "supervisor@example.org",
            Status = AccountStatus.Active,
            CreatedAt = now.UtcDateTime,
            ActivatedAt = now.UtcDateTime,
            TrainingCompletedOn = DateOnly.FromDateTime(now.UtcDateTime),
            RulesOfBehaviorVersionId = rules.Id,
            RulesOfBehaviorAcceptedAt = now.UtcDateTime,
            ProtectedAuthenticatorKey = enrolled ? provider.GetRequiredService<AuthenticatorKeys>().Protect(key) : null,
            AuthenticatorEnrolledAt = enrolled ? now.UtcDateTime : null,
        };
        configure?.Invoke(user);
        Check(await userManager.CreateAsync(user, DefaultPassword));
        if (roles.Count > 0)
        {
            Check(await userManager.AddToRolesAsync(user, roles));
        }
        return new TestAccount(id, email, DefaultPassword, key, stateCode, roles);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
