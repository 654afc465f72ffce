using MsixPortal.Features.Reports.Accounts;
using MsixPortal.Features.Reports.ChildCount;
using MsixPortal.Features.Reports.DataQuality;
using MsixPortal.Features.Reports.Moves;
using MsixPortal.Features.Reports.Summaries;
using MsixPortal.Features.Reports.Timeliness;
using MsixPortal.Features.Reports.Workload;

namespace MsixPortal.Features.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The reports under /reports (in the order the list shows them) and the worker that keeps their summaries current (settings under <c>Reports</c>).</summary>
    public static IServiceCollection AddPortalReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReportSummaryOptions>(configuration.GetSection(ReportSummaryOptions.SectionName));
        services.AddScoped<ReportSummaryRefresher>();
        services.AddHostedService<ReportSummaryWorker>();
        services.AddScoped<ReportSql>();
        services.AddScoped<ReportService>();
        services.AddScoped<StateChildCounts>();
        services.AddScoped<IReport, ChildCountReport>();
        services.AddScoped<IReport, DataQualityReport>();
        services.AddScoped<IReport, TimelinessReport>();
        services.AddScoped<IReport, WorkloadReport>();
        services.AddScoped<IReport, AccountsReport>();
        services.AddScoped<IReport, MoveActivityReport>();
        return services;
    }
}
