using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.Account.Recertification;

/// <summary>Records a user's yearly training attestation and acceptance of the current Rules of Behavior.</summary>
public sealed class Recertifications(PortalDbContext db, RulesOfBehavior rules, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Problems keyed by input field; empty when the user is re-certified (saved).</summary>
    public async Task<Dictionary<string, string>> RecertifyAsync(PortalUser user, RecertificationInputModel input,
        CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, string>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        if (input.TrainingCompletedOn is not { } trained || trained > today || trained <= today.AddYears(-1))
        {
            problems[nameof(input.TrainingCompletedOn)] = "Your cybersecurity training must have been completed within the last 12 months.";
        }
        var current = await rules.CurrentAsync(cancellationToken);
        if (!input.AcceptRulesOfBehavior || input.RulesOfBehaviorVersionId != current.Id)
        {
            problems[nameof(input.AcceptRulesOfBehavior)] = "Read the current Rules of Behavior and accept them.";
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        user.TrainingCompletedOn = input.TrainingCompletedOn;
        user.RulesOfBehaviorVersionId = current.Id;
        user.RulesOfBehaviorAcceptedAt = now;
        db.Add(audit.Create(AccountAuditActions.Recertified, "user", user.Id.ToString(), $"rules={current.Version}"));
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }
}
