using MsixPortal.Features.Submissions;
using MsixPortal.Features.Submissions.Apply;
using MsixPortal.Features.Submissions.Linking;
using MsixPortal.Features.Submissions.Pages;
using MsixPortal.Features.Submissions.Uploads;

namespace MsixPortal.Infrastructure;

public static class SubmissionServiceCollectionExtensions
{
    /// <summary>State data exchange: reading, validating and applying submissions, and linking.</summary>
    public static IServiceCollection AddPortalSubmissions(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SubmissionSettings>(configuration.GetSection(SubmissionSettings.Section));
        services.Configure<LinkingSettings>(configuration.GetSection(LinkingSettings.Section));
        services.AddSingleton<NicknameCache>();
        services.AddScoped<LinkingService>();
        services.AddScoped<SubmissionApplier>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<Features.NearMatches.NearMatchService>();
        // Upload page, progress, results, history and error reports.
        services.AddSingleton<SubmissionJobs>();
        services.AddScoped<SubmissionUploads>();
        services.AddScoped<SubmissionQueries>();
        return services;
    }
}
