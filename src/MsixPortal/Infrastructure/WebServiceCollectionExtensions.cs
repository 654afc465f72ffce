using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Infrastructure;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddPortalWeb(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<Features.Audit.AuditTrail>();
        services.AddControllersWithViews(options =>
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddRazorOptions(options =>
            {
                // Feature folders: Features/<Feature>/<View>.cshtml, shared layout in Features/Shared.
                options.ViewLocationFormats.Clear();
                options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
                options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
            });
        return services;
    }

    public static WebApplication UsePortalWeb(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseRouting();
        // Authentication, the account gate, rate limits and authorization (see UsePortalAccounts).
        app.UsePortalAccounts();
        app.MapControllers();
        return app;
    }
}
