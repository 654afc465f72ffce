using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.Account.Recertification;

/// <summary>
/// MSIX Rules of Behavior: the rules are accepted again every year and whenever a new text is
/// published, and cybersecurity training is repeated yearly. Until then only the
/// re-certification page is reachable.
/// </summary>
public sealed class RecertificationPolicy(RulesOfBehavior rules)
{
    public static readonly TimeSpan Validity = TimeSpan.FromDays(365);

    /// <summary>When the user must re-certify; a time in the past means now.</summary>
    public async Task<DateTimeOffset> DueAtAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        var current = await rules.CurrentAsync(cancellationToken);
        if (user.RulesOfBehaviorVersionId != current.Id || user.RulesOfBehaviorAcceptedAt is null
            || user.TrainingCompletedOn is null)
        {
            return DateTimeOffset.MinValue;
        }
        var rulesDue = new DateTimeOffset(DateTime.SpecifyKind(user.RulesOfBehaviorAcceptedAt.Value, DateTimeKind.Utc)) + Validity;
        return Min(rulesDue, TrainingExpiresOn(user.TrainingCompletedOn.Value));
    }

    /// <summary>Training counts for a year from its completion date (start of that day, UTC).</summary>
    public static DateTimeOffset TrainingExpiresOn(DateOnly completedOn) =>
        new DateTimeOffset(completedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + Validity;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
