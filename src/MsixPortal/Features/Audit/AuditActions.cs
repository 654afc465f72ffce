namespace MsixPortal.Features.Audit;

/// <summary>
/// The action names written to <c>audit_events.action</c>. Every feature uses these constants, so
/// the audit page can filter by them and the names never drift. Add new ones here, grouped by area;
/// never rename one that has been written (rows are append-only and keep the old name).
/// </summary>
public static class AuditActions
{
    // Sign-in, sessions, credentials and MFA: see Features/Account/AccountAuditActions.cs (account.*).

    // Account applications and user administration
    public const string ApplicationApproved = "application.approved";
    public const string ApplicationRejected = "application.rejected";
    public const string RolesChanged = "user.roles-changed";
    public const string AccountDisabled = "user.disabled";
    public const string AccountEnabled = "user.enabled";
    public const string AccountDeactivated = "user.deactivated";
    public const string SessionsEnded = "user.sessions-ended";
    public const string AdministratorReauthenticated = "user.administrator-reauthenticated";
    public const string AuditLogViewed = "audit.viewed";
    public const string AuditLogExported = "audit.exported";

    // Student records (later issues): every search, view and export is recorded (FERPA, IDEA)
    public const string StudentSearched = "student.searched";
    public const string RecordViewed = "record.viewed";
    public const string RecordExported = "record.exported";
    public const string RecordPrinted = "record.printed";

    // State data exchange.
    public const string NearMatchDecided = "near-match.decided";
    public const string NearMatchReviewed = "near-match.reviewed";
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

    /// <summary>A data administrator validated a flag for their State; it waits for the other States whose records move.</summary>
    public const string MergeSplitValidatedForState = "record.merge-split-validated-for-state";

    public const string RecordsMerged = "record.merged";
    public const string RecordSplit = "record.split";

    /// <summary>A data administrator asked to undo a validated merge (a split of what it brought in); applied at once when no other State's records move.</summary>
    public const string MergeUndoRequested = "record.merge-undo-requested";
    public const string MergeSplitConflict = "record.merge-split-conflict";
    public const string WorkItemAssigned = "work-item.assigned";
    public const string NoticeRecipientsChanged = "notice-recipients.changed";

    // State data exchange (upload page, API clients)
    public const string SubmissionErrorReportDownloaded = "submission.error-report-downloaded";

    /// <summary>A State file was stored (applied, or rejected whole), by upload, API or operator command; the State's own row.</summary>
    public const string SubmissionReceived = "submission.received";

    /// <summary>A dry run: the file was read and checked, nothing stored but this row.</summary>
    public const string SubmissionDryRun = "submission.dry-run";

    /// <summary>A repeated file or idempotency key: answered with the first result.</summary>
    public const string SubmissionReplayed = "submission.replayed";

    /// <summary>A file refused before reading (empty, too large).</summary>
    public const string SubmissionRefused = "submission.refused";
    public const string ApiClientCreated = "api-client.created";
    public const string ApiClientRevoked = "api-client.revoked";
    public const string ApiClientSecretAdded = "api-client.secret-added";
    public const string ApiClientSecretRevoked = "api-client.secret-revoked";
    public const string ApiTokenIssued = "api-token.issued";
    public const string ApiTokenRefused = "api-token.refused";

    // Help desk and PII incidents (references and categories only: never what the reporter typed)
    public const string HelpDeskRequestCreated = "help-desk.request-created";
    public const string HelpDeskRequestViewed = "help-desk.request-viewed";
    public const string HelpDeskReplied = "help-desk.replied";
    public const string HelpDeskClosed = "help-desk.closed";
    public const string PiiIncidentReported = "pii-incident.reported";
    public const string PiiIncidentAcknowledged = "pii-incident.acknowledged";

    // Rules of Behavior
    public const string RulesOfBehaviorPublished = "rules-of-behavior.published";

    // Reports (aggregates only, small cells suppressed): exports are recorded
    public const string ReportExported = "report.exported";
    public const string StateChildCountRecorded = "report.state-child-count-recorded";

    /// <summary>Every action above and the account feature's, for the audit page's filter list and for tests.</summary>
    public static IReadOnlyList<string> All { get; } =
        new[] { typeof(AuditActions), typeof(Account.AccountAuditActions) }
            .SelectMany(type => type.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(field => field.IsLiteral)
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();
}
