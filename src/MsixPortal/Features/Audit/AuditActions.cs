namespace MsixPortal.Features.Audit;

/// <summary>
/// The action names written to <c>audit_events.action</c>. Every feature uses these constants, so
/// the audit page can filter by them and the names never drift. Add new ones here, grouped by area;
/// never rename one that has been written (rows are append-only and keep the old name).
/// </summary>
public static class AuditActions
{
    // Sign-in and sessions
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string LockedOut = "sign-in.locked-out";
    public const string DisabledAfterFailures = "sign-in.disabled-after-failures";
    public const string DisabledForInactivity = "sign-in.disabled-for-inactivity";
    public const string TotpReplayRejected = "sign-in.totp-replay-rejected";
    public const string RecoveryCodeUsed = "sign-in.recovery-code-used";
    public const string SignedOut = "session.signed-out";
    public const string SessionsEnded = "session.ended-everywhere";

    // Credentials and MFA
    public const string AccountActivated = "account.activated";
    public const string PasswordChanged = "account.password-changed";
    public const string PasswordResetRequested = "account.password-reset-requested";
    public const string PasswordReset = "account.password-reset";
    public const string AuthenticatorEnrolled = "mfa.authenticator-enrolled";
    public const string AuthenticatorReset = "mfa.authenticator-reset";
    public const string RecoveryCodesGenerated = "mfa.recovery-codes-generated";
    public const string RulesOfBehaviorAccepted = "account.rules-of-behavior-accepted";
    public const string TrainingRecertified = "account.training-recertified";

    // Account applications and user administration
    public const string ApplicationSubmitted = "application.submitted";
    public const string ApplicationApproved = "application.approved";
    public const string ApplicationRejected = "application.rejected";
    public const string RolesChanged = "user.roles-changed";
    public const string AccountDisabled = "user.disabled";
    public const string AccountEnabled = "user.enabled";
    public const string AccountDeactivated = "user.deactivated";
    public const string AdministratorReauthenticated = "user.administrator-reauthenticated";
    public const string AuditLogViewed = "audit.viewed";

    // Student records (later issues): every search, view and export is recorded (FERPA, IDEA)
    public const string StudentSearched = "student.searched";
    public const string RecordViewed = "record.viewed";
    public const string RecordExported = "record.exported";
    public const string RecordPrinted = "record.printed";

    // State data exchange.
    public const string NearMatchDecided = "near-match.decided";
    // Move notices, data requests, merge/split and worklists (no child data in detail: IDs and statuses)
    public const string MoveNoticeSent = "move-notice.sent";
    public const string MoveNoticeViewed = "move-notice.viewed";
    public const string MoveNoticeReceived = "move-notice.received";
    public const string MoveNoticeOutcomeRecorded = "move-notice.outcome-recorded";
    public const string MoveNoticeClosed = "move-notice.closed";
    public const string DataRequestSent = "data-request.sent";
    public const string DataRequestViewed = "data-request.viewed";
    public const string DataRequestAnswered = "data-request.answered";
    public const string DataRequestAttachmentDownloaded = "data-request.attachment-downloaded";
    public const string DataRequestClosed = "data-request.closed";
    public const string MergeFlagged = "record.merge-flagged";
    public const string SplitFlagged = "record.split-flagged";
    public const string MergeSplitReviewed = "record.merge-split-reviewed";
    public const string MergeSplitRejected = "record.merge-split-rejected";
    public const string RecordsMerged = "record.merged";
    public const string RecordSplit = "record.split";
    public const string MergeSplitConflict = "record.merge-split-conflict";
    public const string WorkItemAssigned = "work-item.assigned";
    public const string NoticeRecipientsChanged = "notice-recipients.changed";

    /// <summary>Every action above, for the audit page's filter list and for tests.</summary>
    public static IReadOnlyList<string> All { get; } =
        typeof(AuditActions).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();
}
