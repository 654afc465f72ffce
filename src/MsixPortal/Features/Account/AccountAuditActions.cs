namespace MsixPortal.Features.Account;

/// <summary>Audit action names written by the account feature (audit_events.action).</summary>
public static class AccountAuditActions
{
    public const string NoticeAccepted = "account.notice-accepted";
    public const string SignInSucceeded = "account.sign-in";
    public const string SignInFailed = "account.sign-in-failed";
    public const string LockedOut = "account.locked-out";
    public const string DisabledAfterFailures = "account.disabled-failures";
    public const string DisabledForInactivity = "account.disabled-inactivity";
    public const string TotpReplay = "account.totp-replay";
    public const string RecoveryCodeUsed = "account.recovery-code-used";
    public const string SignedOut = "account.sign-out";
    public const string SignedOutEverywhere = "account.sign-out-everywhere";
    public const string ApplicationSubmitted = "account.application-submitted";

    /// <summary>An application named an email that has an account or a pending application: nothing stored, owner emailed.</summary>
    public const string ApplicationForTakenEmail = "account.application-taken-email";
    public const string ActivationLinkIssued = "account.activation-link-issued";
    public const string Activated = "account.activated";
    public const string MfaEnrolled = "account.mfa-enrolled";
    public const string MfaReset = "account.mfa-reset";
    public const string RecoveryCodesReplaced = "account.recovery-codes-replaced";
    public const string PasswordResetRequested = "account.password-reset-requested";
    public const string PasswordReset = "account.password-reset";
    public const string PasswordChanged = "account.password-changed";
    public const string Recertified = "account.recertified";
    public const string TrainingReminderSent = "account.training-reminder-sent";
}
