using Microsoft.AspNetCore.Identity;

namespace MsixPortal.Data.Entities.Accounts;

/// <summary>
/// A portal account, created when an administrator approves an <see cref="AccountApplication"/>.
/// Every account belongs to one State, except national administrators. The user name is the email.
/// Lockout uses Identity's <c>AccessFailedCount</c>/<c>LockoutEnd</c> columns, maintained by the
/// portal's own sign-in code so that TOTP and recovery-code failures count too.
/// </summary>
public class PortalUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    /// <summary>Postal code of the user's State; null for national administrators.</summary>
    public string? StateCode { get; set; }

    public string JobTitle { get; set; } = "";

    /// <summary>District or MEP project the user works for.</summary>
    public string Organization { get; set; } = "";

    public string SupervisorName { get; set; } = "";
    public string SupervisorEmail { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public AccountStatus Status { get; set; } = AccountStatus.PendingActivation;

    /// <summary>Why the account is <see cref="AccountStatus.Disabled"/>; null otherwise.</summary>
    public AccountDisabledReason? DisabledReason { get; set; }

    public DateTime? StatusChangedAt { get; set; }

    /// <summary>When the user set a password through the activation link.</summary>
    public DateTime? ActivatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>Failed sign-in steps since the last successful sign-in, across temporary lockouts.</summary>
    public int TotalFailedSignIns { get; set; }

    /// <summary>The TOTP shared key, encrypted with Data Protection; null until enrolment is confirmed.</summary>
    public string? ProtectedAuthenticatorKey { get; set; }

    /// <summary>A key shown during enrolment but not confirmed yet, encrypted like the confirmed one.</summary>
    public string? PendingAuthenticatorKey { get; set; }

    public DateTime? AuthenticatorEnrolledAt { get; set; }

    /// <summary>
    /// The last accepted TOTP time step (Unix time / 30 s). Only moves forward, updated atomically,
    /// so a code is never accepted twice (dotnet/aspnetcore#14423).
    /// </summary>
    public long? LastTotpStep { get; set; }

    /// <summary>Cybersecurity training completion date the user attested.</summary>
    public DateOnly? TrainingCompletedOn { get; set; }

    /// <summary>The training expiry for which the 30-day reminder has been sent (once per expiry).</summary>
    public DateOnly? TrainingReminderSentFor { get; set; }

    public int? RulesOfBehaviorVersionId { get; set; }
    public RulesOfBehaviorVersion? RulesOfBehaviorVersion { get; set; }
    public DateTime? RulesOfBehaviorAcceptedAt { get; set; }
}
