using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Activation;
using MsixPortal.Features.Account.Recertification;

namespace MsixPortal.TestSupport;

/// <summary>An approved account waiting for activation, as the approval page leaves it, and its emailed link.</summary>
public static class PendingAccounts
{
    public static async Task<(PortalUser User, Uri Link)> CreateWithActivationLinkAsync(
        PortalAppFactory factory, string role, string? stateCode, string fullName = "Robin Newcomer")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"newcomer-{Guid.NewGuid():N}@example.org";
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var rules = await scope.ServiceProvider.GetRequiredService<RulesOfBehavior>().CurrentAsync();
        var user = new PortalUser
        {
            Id = Guid.NewGuid(),
            UserName = email,
            Email = email,
            FullName = fullName,
            StateCode = stateCode,
            Status = AccountStatus.PendingActivation,
            CreatedAt = now,
            // What the approval copies from the application: the attested training and accepted rules.
            TrainingCompletedOn = DateOnly.FromDateTime(now),
            RulesOfBehaviorVersionId = rules.Id,
            RulesOfBehaviorAcceptedAt = now,
        };
        await users.CreateAsync(user);
        await users.AddToRoleAsync(user, role);
        var link = await scope.ServiceProvider.GetRequiredService<AccountActivation>().IssueActivationLinkAsync(user);
        return (user, link);
    }
}
