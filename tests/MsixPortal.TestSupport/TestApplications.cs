using Microsoft.Extensions.DependencyInjection;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Recertification;

namespace MsixPortal.TestSupport;

/// <summary>Pending account applications stored directly, as the public form leaves them, for the approval pages.</summary>
public static class TestApplications
{
    public static async Task<AccountApplication> CreateAsync(IServiceProvider services, string stateCode, string requestedRole,
        string? email = null)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var rules = await provider.GetRequiredService<RulesOfBehavior>().CurrentAsync();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        email ??= $"applicant-{Guid.NewGuid():N}@example.org";
        var application = new AccountApplication
        {
            Id = Guid.NewGuid(),
            FullName = "Ana Applicant",
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            Phone = "555-0100",
            JobTitle = "Registrar",
            StateCode = stateCode,
            Organization = "Valley ISD",
            RequestedRole = requestedRole,
            SupervisorName = "Sam Supervisor",
            SupervisorEmail = "supervisor@example.org",
            TrainingCompletedOn = DateOnly.FromDateTime(now),
            RulesOfBehaviorVersionId = rules.Id,
            RulesOfBehaviorAcceptedAt = now,
            CreatedAt = now,
        };
        var db = provider.GetRequiredService<PortalDbContext>();
        db.AccountApplications.Add(application);
        await db.SaveChangesAsync();
        return application;
    }
}
