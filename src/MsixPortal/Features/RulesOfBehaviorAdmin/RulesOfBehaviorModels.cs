using System.ComponentModel.DataAnnotations;
using MsixPortal.Data.Entities.Accounts;

namespace MsixPortal.Features.RulesOfBehaviorAdmin;

/// <summary>POST /admin/rules-of-behavior: a new version of the Rules of Behavior.</summary>
public sealed class RulesOfBehaviorPublishInputModel
{
    [Required(ErrorMessage = "Enter a version label, like 2027.1.")]
    [StringLength(20, ErrorMessage = "Keep the version label under 20 characters.")]
    [Display(Name = "Version label")]
    public string? Version { get; set; }

    [Required(ErrorMessage = "Enter the date the new rules take effect.")]
    [Display(Name = "Takes effect on")]
    public DateOnly? EffectiveOn { get; set; }

    [Required(ErrorMessage = "Write the text of the rules.")]
    [StringLength(20000, ErrorMessage = "Keep the text under 20,000 characters.")]
    [Display(Name = "Text (Markdown)")]
    public string? Text { get; set; }
}

/// <summary>GET /admin/rules-of-behavior: the versions, the one in force and the form to publish the next.</summary>
public sealed record RulesOfBehaviorAdminViewModel(
    IReadOnlyList<RulesOfBehaviorVersion> Versions, RulesOfBehaviorVersion Current, RulesOfBehaviorPublishInputModel Input, string? Done);

/// <summary>POST /admin/rules-of-behavior/review: the new version as users will read it, and what publishing it will do.</summary>
public sealed record RulesOfBehaviorReviewViewModel(
    RulesOfBehaviorPublishInputModel Input, RulesOfBehaviorVersion Current, int ActiveUsers, bool AtOnce, RulesOfBehaviorVersion Preview);

/// <summary>One active user who has not accepted the version in force.</summary>
public sealed record PendingAcceptance(Guid UserId, string FullName, string Email, string? StateCode, string? AcceptedVersion, DateTime? AcceptedAt);

/// <summary>GET /admin/rules-of-behavior/acceptance: who still has to accept the version in force.</summary>
public sealed record RulesOfBehaviorAcceptanceViewModel(RulesOfBehaviorVersion Current, int ActiveUsers, IReadOnlyList<PendingAcceptance> Pending);
