using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using MsixPortal.Authorization;
using MsixPortal.Features.Submissions;
using MsixPortal.Features.Submissions.Api;
using MsixPortal.Features.Submissions.Api.Description;
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
    /// The API's own authentication scheme (bearer tokens from its OAuth 2.0 token endpoint; no cookie,
    /// no antiforgery), a policy per scope, its rate limits, and its OpenAPI document (API routes only).
    /// </summary>
    private static void AddSubmissionsApi(IServiceCollection services)
    {
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, ApiClientAuthenticationHandler>(ApiClientAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.ApiSubmissionsWrite, policy => RequireScope(policy, ApiScopes.Write))
            .AddPolicy(Policies.ApiSubmissionsRead, policy => RequireScope(policy, ApiScopes.Read));
        services.AddScoped<ApiTokenLookup>();
        services.AddScoped<ApiTokenService>();
        services.AddSingleton<TokenFailureLimiter>();
        services.AddSingleton<SubmissionApiRateLimit>();
        // Numbers are numbers: the API's JSON never reads "7" as 7, so its schemas say integer, not integer-or-string.
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(o => o.JsonSerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(OpenApiDocumentName, options =>
        {
            // OpenAPI 3.0: what most integrators' code generators read today.
            options.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_0;
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer<SubmissionsApiDocument>();
            options.AddOperationTransformer<SubmissionsApiSecurity>();
        });
    }

    private static void RequireScope(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy, string scope) => policy
        .AddAuthenticationSchemes(ApiClientAuthenticationHandler.SchemeName)
        .RequireAuthenticatedUser()
        .RequireClaim(ApiClientAuthenticationHandler.ApiClientIdClaim)
        .RequireClaim(ApiScopes.Claim, scope);

    private const string OpenApiDocumentName = "v1";

    /// <summary>
    /// The submissions API's OpenAPI document at /api/v1/openapi.json and the format's schemas beside it
    /// (the XSD of docs/submissions, the JSON Schema generated from the catalogue), public like any API description.
    /// </summary>
    public static WebApplication MapPortalSubmissionsApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous();
        var xsd = SubmissionFormatFiles.Read(SubmissionFormatFiles.Xsd);
        app.MapGet(SubmissionsApiDocument.XsdPath, () => Results.Text(xsd, "application/xml", System.Text.Encoding.UTF8))
            .AllowAnonymous().ExcludeFromDescription();
        var jsonSchema = SubmissionJsonSchemaFile.Render();
        app.MapGet(SubmissionsApiDocument.JsonSchemaPath, () => Results.Text(jsonSchema, "application/schema+json", System.Text.Encoding.UTF8))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
