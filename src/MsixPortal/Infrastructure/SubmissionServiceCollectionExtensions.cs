using Microsoft.AspNetCore.Authentication;
using MsixPortal.Authorization;
using MsixPortal.Features.Submissions;
using MsixPortal.Features.Submissions.Api;
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
        services.AddScoped<SubmissionPhases>();
        services.AddScoped<LinkingService>();
        services.AddScoped<SubmissionApplier>();
        services.AddScoped<SubmissionService>();
        services.AddScoped<Features.NearMatches.NearMatchService>();
        // Upload page, progress, results, history and error reports.
        services.AddSingleton<SubmissionJobs>();
        services.AddScoped<SubmissionUploads>();
        services.AddScoped<SubmissionQueries>();
        services.AddScoped<Features.ApiClients.ApiClientService>();
        AddSubmissionsApi(services);
        return services;
    }

    /// <summary>
    /// The API's own authentication scheme and policy (no cookie, no antiforgery), its rate limit,
    /// and its OpenAPI document (API routes only).
    /// </summary>
    private static void AddSubmissionsApi(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiClientAuthenticationHandler>(ApiClientAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder().AddPolicy(Policies.StateApiClient, policy => policy
            .AddAuthenticationSchemes(ApiClientAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser()
            .RequireClaim(ApiClientAuthenticationHandler.ApiClientIdClaim));
        services.AddSubmissionApiRateLimit();
        services.AddOpenApi(OpenApiDocumentName, options =>
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true);
    }

    private const string OpenApiDocumentName = "v1";

    /// <summary>The submissions API's OpenAPI document at /api/v1/openapi.json, public like any API description.</summary>
    public static WebApplication MapPortalSubmissionsApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        return app;
    }
}
