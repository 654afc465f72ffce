using MsixPortal.Features.Help;
using MsixPortal.Features.HelpDesk;
using MsixPortal.Features.RulesOfBehaviorAdmin;

namespace MsixPortal.Infrastructure;

public static class HelpServiceCollectionExtensions
{
    /// <summary>The help centre (Markdown pages read once), the help desk, PII incident reports and publishing the Rules of Behavior.</summary>
    public static IServiceCollection AddPortalHelp(this IServiceCollection services)
    {
        services.AddSingleton<HelpArticles>();
        services.AddSingleton<HelpSearch>();
        services.AddScoped<MsixPortal.Features.Help.Resources.HelpResources>();
        services.AddScoped<HelpDeskRouting>();
        services.AddScoped<HelpDeskService>();
        services.AddScoped<HelpDeskQueries>();
        services.AddScoped<HelpDeskWork>();
        services.AddScoped<RulesOfBehaviorPublishing>();
        return services;
    }
}
