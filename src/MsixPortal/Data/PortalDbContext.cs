using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Data.Entities.Accounts;
using MsixPortal.Data.Entities.Audit;
using MsixPortal.Data.Entities.CodeSets;
using MsixPortal.Data.Entities.HelpDesk;
using MsixPortal.Data.Entities.Linking;
using MsixPortal.Data.Entities.Notifications;
using MsixPortal.Data.Entities.Search;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.Entities.Submissions;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.Data.MsixIds;

namespace MsixPortal.Data;

/// <summary>
/// The portal's one database: Identity, the consolidated students with their State records, and
/// the Data Protection key ring (shared so that several app instances read each other's cookies).
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<ConsolidatedStudent> ConsolidatedStudents => Set<ConsolidatedStudent>();
    public DbSet<StateStudentRecord> StateStudentRecords => Set<StateStudentRecord>();
    public DbSet<AlternateStateId> AlternateStateIds => Set<AlternateStateId>();
    public DbSet<QualifyingMove> QualifyingMoves => Set<QualifyingMove>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AccountApplication> AccountApplications => Set<AccountApplication>();
    public DbSet<RulesOfBehaviorVersion> RulesOfBehaviorVersions => Set<RulesOfBehaviorVersion>();
    public DbSet<RecoveryCode> RecoveryCodes => Set<RecoveryCode>();
    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<CodeSet> CodeSets => Set<CodeSet>();
    public DbSet<CodeSetValue> CodeSetValues => Set<CodeSetValue>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<SubmissionError> SubmissionErrors => Set<SubmissionError>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<ApiClientSecret> ApiClientSecrets => Set<ApiClientSecret>();
    public DbSet<ApiAccessToken> ApiAccessTokens => Set<ApiAccessToken>();
    public DbSet<NearMatchItem> NearMatchItems => Set<NearMatchItem>();
    public DbSet<NoMatchDecision> NoMatchDecisions => Set<NoMatchDecision>();
    public DbSet<MatchKey> MatchKeys => Set<MatchKey>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<SubmissionRecord> SubmissionRecords => Set<SubmissionRecord>();
    public DbSet<MoveNotice> MoveNotices => Set<MoveNotice>();
    public DbSet<NoticeRecipient> NoticeRecipients => Set<NoticeRecipient>();
    public DbSet<DataRequest> DataRequests => Set<DataRequest>();
    public DbSet<DataRequestAttachment> DataRequestAttachments => Set<DataRequestAttachment>();
    public DbSet<MergeSplitFlag> MergeSplitFlags => Set<MergeSplitFlag>();
    public DbSet<MergeSplitFlagStudent> MergeSplitFlagStudents => Set<MergeSplitFlagStudent>();
    public DbSet<MergeSplitFlagRecord> MergeSplitFlagRecords => Set<MergeSplitFlagRecord>();
    public DbSet<MsixIdHistoryEntry> MsixIdHistory => Set<MsixIdHistoryEntry>();
    public DbSet<SearchKey> SearchKeys => Set<SearchKey>();
    public DbSet<SearchNamePart> SearchNameParts => Set<SearchNamePart>();
    public DbSet<NameNickname> NameNicknames => Set<NameNickname>();
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();
    public DbSet<HelpDeskRequest> HelpDeskRequests => Set<HelpDeskRequest>();
    public DbSet<HelpDeskReply> HelpDeskReplies => Set<HelpDeskReply>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        builder.HasSequence<long>(MsixId.SequenceName)
            .StartsAt(MsixId.FirstSequenceNumber)
            .HasMin(MsixId.FirstSequenceNumber)
            .HasMax(MsixId.LastSequenceNumber)
            .IsCyclic(false);
    }
}
