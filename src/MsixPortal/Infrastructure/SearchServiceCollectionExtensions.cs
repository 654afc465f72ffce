using MsixPortal.Features.Search;

namespace MsixPortal.Infrastructure;

public static class SearchServiceCollectionExtensions
{
    /// <summary>Student search: its services, settings ("Search") and per-user rate limit.</summary>
    public static IServiceCollection AddPortalSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddScoped<SavedSearchStore>();
        services.AddScoped<SavedSearchCleanup>();
        services.AddScoped<StudentMatcher>();
        services.AddScoped<SearchResultDetails>();
        services.AddScoped<StudentSearchService>();
        services.AddSingleton<SearchRateLimitPolicy>();
        services.AddRateLimiter(limiter => limiter.AddPolicy<string, SearchRateLimitPolicy>(SearchRateLimitPolicy.Name));
        return services;
    }
}
