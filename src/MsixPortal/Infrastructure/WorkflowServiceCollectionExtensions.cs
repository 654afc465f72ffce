using MsixPortal.Features.DataRequests;
using MsixPortal.Features.Deadlines;
using MsixPortal.Features.MergeSplit;
using MsixPortal.Features.MoveNotices;
using MsixPortal.Features.NearMatches;
using MsixPortal.Features.NoticeRecipients;
using MsixPortal.Features.Notifications;
using MsixPortal.Features.Worklists;
using MsixPortal.Infrastructure.Housekeeping;
using MsixPortal.Infrastructure.Submissions;

namespace MsixPortal.Infrastructure;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Move notices, data requests, merge/split, worklists, in-portal notifications with the email
    /// outbox (settings under <c>Notifications</c>), idempotent form submissions, and the periodic
    /// overdue reminders and submission-key cleanup (settings under <c>Housekeeping</c>).
    /// </summary>
    public static IServiceCollection AddPortalWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<NotificationOptions>(configuration.GetSection(NotificationOptions.SectionName));
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<OutboxDelivery>();
        services.AddHostedService<OutboxProcessor>();
        services.AddScoped<SubmissionLedger>();
        services.Configure<HousekeepingOptions>(configuration.GetSection(HousekeepingOptions.SectionName));
        services.AddScoped<OverdueReminders>();
        services.AddScoped<SubmissionKeyCleanup>();
        services.AddHostedService<HousekeepingProcessor>();

        services.AddScoped<WorkItemLookups>();
        services.AddScoped<WorklistService>();
        services.AddScoped<WorkAssignment>();
        services.AddScoped<NoticeRouting>();
        services.AddScoped<MoveNoticeService>();
        services.AddScoped<MoveNoticeQueries>();
        services.AddScoped<NoticeRecipientsService>();

        services.AddScoped<DataRequestService>();
        services.AddScoped<DataRequestQueries>();

        services.AddScoped<MsixIdResolver>();
        services.AddScoped<MergeSplitStudents>();
        services.AddScoped<RecordComparisonBuilder>();
        services.AddScoped<MergeSplitFlagging>();
        services.AddScoped<MergeApplier>();
        services.AddScoped<SplitApplier>();
        services.AddScoped<MergeSplitDecisions>();
        services.AddScoped<MergeUndo>();
        services.AddScoped<MergeSplitPages>();

        services.AddScoped<NearMatchScores>();
        services.AddScoped<NearMatchPages>();
        return services;
    }
}
