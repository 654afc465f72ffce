using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Features.Account.Recertification;
using MsixPortal.Features.Audit;

namespace MsixPortal.Features.RulesOfBehaviorAdmin;

/// <summary>
/// National administrators publish a new Rules of Behavior text. A version is in force from its
/// effective date (PublishedAt): from then on, every user is sent to the re-certification page at
/// their next sign-in until they accept it (RecertificationPolicy compares versions).
/// </summary>
public sealed class RulesOfBehaviorPublishing(PortalDbContext db, RulesOfBehavior rules, AuditTrail audit, TimeProvider clock)
{
    public async Task<RulesOfBehaviorAdminViewModel> PageAsync(RulesOfBehaviorPublishInputModel? input, string? done, CancellationToken cancellationToken)
    {
        var current = await rules.CurrentAsync(cancellationToken);
        var versions = await db.RulesOfBehaviorVersions.AsNoTracking().OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id)
            .ToListAsync(cancellationToken);
        return new RulesOfBehaviorAdminViewModel(versions, current,
            input ?? new RulesOfBehaviorPublishInputModel { Text = current.Text, EffectiveOn = Today() }, done);
    }

    /// <summary>What publishing the checked input will do, for the confirmation page.</summary>
    public async Task<RulesOfBehaviorReviewViewModel> ReviewAsync(RulesOfBehaviorPublishInputModel input, CancellationToken cancellationToken) =>
        new(input, await rules.CurrentAsync(cancellationToken),
            await db.Users.CountAsync(u => u.Status == AccountStatus.Active, cancellationToken),
            input.EffectiveOn == Today(),
            new RulesOfBehaviorVersion { Version = input.Version!.Trim(), Text = input.Text!.Trim(), PublishedAt = EffectiveFrom(input) });

    /// <summary>Problems keyed by field; empty when the input can be published.</summary>
    public async Task<Dictionary<string, string>> CheckAsync(RulesOfBehaviorPublishInputModel input, CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string>();
        var version = input.Version!.Trim();
        if (await db.RulesOfBehaviorVersions.AnyAsync(r => r.Version == version, cancellationToken))
        {
            problems[nameof(input.Version)] = $"Version {version} exists already: choose a new label.";
        }
        if (input.EffectiveOn < Today())
        {
            problems[nameof(input.EffectiveOn)] = "The rules cannot take effect in the past: choose today or a later date.";
        }
        return problems;
    }

    /// <summary>Problems keyed by field; empty when the version is published.</summary>
    public async Task<Dictionary<string, string>> PublishAsync(RulesOfBehaviorPublishInputModel input, CancellationToken cancellationToken)
    {
        var problems = await CheckAsync(input, cancellationToken);
        if (problems.Count > 0)
        {
            return problems;
        }
        var version = input.Version!.Trim();
        var effective = EffectiveFrom(input);
        var published = new RulesOfBehaviorVersion { Version = version, Text = input.Text!.Trim(), PublishedAt = effective };
        db.RulesOfBehaviorVersions.Add(published);
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEvents.Add(audit.Create(AuditActions.RulesOfBehaviorPublished, "rules-of-behavior",
            published.Id.ToString(CultureInfo.InvariantCulture),
            $"version={version};effective={effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }

    /// <summary>Active users who have not accepted the version in force, by State then name.</summary>
    public async Task<RulesOfBehaviorAcceptanceViewModel> AcceptanceAsync(CancellationToken cancellationToken)
    {
        var current = await rules.CurrentAsync(cancellationToken);
        var active = db.Users.AsNoTracking().Where(u => u.Status == AccountStatus.Active);
        var pending = await active
            .Where(u => u.RulesOfBehaviorVersionId != current.Id || u.RulesOfBehaviorVersionId == null)
            .OrderBy(u => u.StateCode).ThenBy(u => u.FullName)
            .Select(u => new PendingAcceptance(u.Id, u.FullName, u.Email ?? "", u.StateCode,
                u.RulesOfBehaviorVersion == null ? null : u.RulesOfBehaviorVersion.Version, u.RulesOfBehaviorAcceptedAt))
            .Take(2000)
            .ToListAsync(cancellationToken);
        return new RulesOfBehaviorAcceptanceViewModel(current, await active.CountAsync(cancellationToken), pending);
    }

    /// <summary>A version for today is in force at once; a later one from midnight UTC of its day.</summary>
    private DateTime EffectiveFrom(RulesOfBehaviorPublishInputModel input) => input.EffectiveOn!.Value == Today()
        ? clock.GetUtcNow().UtcDateTime
        : input.EffectiveOn.Value.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
