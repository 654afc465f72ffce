using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Recertification;
using MsixPortal.Features.Account.Totp;

namespace MsixPortal.Operations;

/// <summary>A demo account as printed by seed-demo (State: null for the national administrator).</summary>
public sealed record DemoAccount(string Role, string Email, string Password, string AuthenticatorKey, string? StateCode);

/// <summary>
/// One active, enrolled demo account per role in State TX, and a second State's MEP staff, data and
/// user administrators (MI, where a showcase child also has a record), so that each cross-State journey
/// (move notices, data requests, near matches, merges) can be tried from both sides. Running it again
/// gives the same accounts: passwords are fixed here, the authenticator key is kept, and training and
/// Rules of Behavior acceptance are brought up to date so the accounts sign in without the
/// re-certification page. Never run in Production (OperatorCommands refuses).
/// </summary>
public sealed class DemoAccountSeeder(
    PortalDbContext db,
    UserManager<PortalUser> userManager,
    AuthenticatorKeys keys,
    RulesOfBehavior rules,
    TimeProvider clock)
{
    public const string DemoState = "TX";
    public const string SecondDemoState = "MI";

    private static readonly (string Role, string? State, string LocalPart, string Name, string Password)[] Accounts =
    [
        (PortalRoles.Recruiter, DemoState, "demo.recruiter", "Demo Recruiter", "amber canyon violet 7301"),
        (PortalRoles.MepStaff, DemoState, "demo.mepstaff", "Demo MEP Staff", "copper meadow lantern 4182"),
        (PortalRoles.DataAdministrator, DemoState, "demo.dataadmin", "Demo Data Administrator", "silver harbor thistle 5927"),
        (PortalRoles.UserAdministrator, DemoState, "demo.useradmin", "Demo User Administrator", "quiet glacier walnut 8364"),
        (PortalRoles.NationalAdministrator, null, "demo.national", "Demo National Administrator", "golden prairie falcon 2649"),
        (PortalRoles.MepStaff, SecondDemoState, "demo.mi.mepstaff", "Demo MEP Staff (Michigan)", "cedar orchard beacon 6158"),
        (PortalRoles.DataAdministrator, SecondDemoState, "demo.mi.dataadmin", "Demo Data Administrator (Michigan)", "maple river compass 3946"),
        (PortalRoles.UserAdministrator, SecondDemoState, "demo.mi.useradmin", "Demo User Administrator (Michigan)", "birch lantern meadow 7712"),
    ];

    public async Task<IReadOnlyList<DemoAccount>> SeedAsync(CancellationToken cancellationToken = default)
    {
        var current = await rules.CurrentAsync(cancellationToken);
        var seeded = new List<DemoAccount>();
        foreach (var (role, state, localPart, name, password) in Accounts)
        {
            var email = $"{localPart}@msix.example";
            var normalized = email.ToUpperInvariant();
            var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken)
                ?? await CreateAsync(email, name, role);
            user.StateCode = state;
            user.Status = AccountStatus.Active;
            user.DisabledReason = null;
            user.LockoutEnd = null;
            user.AccessFailedCount = user.TotalFailedSignIns = 0;
            user.TrainingCompletedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            user.RulesOfBehaviorVersionId = current.Id;
            user.RulesOfBehaviorAcceptedAt = user.LastSignInAt = clock.GetUtcNow().UtcDateTime;
            user.ProtectedAuthenticatorKey ??= keys.Protect(AuthenticatorKeys.NewBase32Key());
            user.AuthenticatorEnrolledAt ??= clock.GetUtcNow().UtcDateTime;
            if (userManager.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? "", password) == PasswordVerificationResult.Failed)
            {
                user.PasswordHash = userManager.PasswordHasher.HashPassword(user, password);
            }
            await Check(userManager.UpdateAsync(user));
            if (!await userManager.IsInRoleAsync(user, role))
            {
                await Check(userManager.AddToRoleAsync(user, role));
            }
            seeded.Add(new DemoAccount(role, email, password, keys.UnprotectBase32(user.ProtectedAuthenticatorKey), state));
        }
        return seeded;
    }

    private async Task<PortalUser> CreateAsync(string email, string name, string role)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new PortalUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = name,
            JobTitle = role,
            Organization = "MSIX demo",
            SupervisorName = "Demo Supervisor",
            SupervisorEmail = "demo.supervisor@msix.example",
            CreatedAt = now,
            ActivatedAt = now,
        };
        await Check(userManager.CreateAsync(user));
        return user;
    }

    private static async Task Check(Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
