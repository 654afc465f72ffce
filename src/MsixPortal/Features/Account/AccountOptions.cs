namespace MsixPortal.Features.Account;

/// <summary>Settings under <c>Accounts</c>. Defaults follow security.md; tests shorten some.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>An account with no sign-in for this many days is disabled at its next sign-in attempt.</summary>
    public int InactivityDays { get; set; } = 60;

    public int MaxConsecutiveFailures { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed steps, across temporary lockouts, after which the account is disabled.</summary>
    public int MaxTotalFailures { get; set; } = 100;

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How often a session's security stamp is checked against the database.</summary>
    public TimeSpan SecurityStampInterval { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan ActivationLinkLifetime { get; set; } = TimeSpan.FromHours(72);
    public TimeSpan PasswordResetLinkLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the training reminder job looks for trainings about to expire.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Days before the training expires (one year after completion) that the reminder is sent.</summary>
    public int TrainingReminderDays { get; set; } = 30;
}
