using Microsoft.AspNetCore.Mvc;
using MsixPortal.Infrastructure.Compression;
using MsixPortal.Infrastructure.Security;

namespace MsixPortal.Infrastructure;

public static class WebServiceCollectionExtensions
{
    /// <summary>The antiforgery cookie: <c>__Host-</c>, Secure, HttpOnly, SameSite=Strict (security.md 44, issue 17 point 7).</summary>
    public const string AntiforgeryCookieName = "__Host-msix-af";

    public static IServiceCollection AddPortalWeb(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddPortalCompression();
        services.AddAntiforgery(options => options.Cookie = new AlwaysSecureCookieBuilder
        {
            Name = AntiforgeryCookieName,
            Path = "/",
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
        });
        services.AddScoped<Features.Audit.AuditTrail>();
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.Filters.Add(new UnreadableFormFilter());
            })
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
        app.UseResponseCompression();
        app.UseRouting();
        // Authentication, the account gate, rate limits and authorization (see UsePortalAccounts).
        app.UsePortalAccounts();
        // The build's static assets (wwwroot, USWDS): fingerprinted URLs cached for a year, compressed
        // at build time. Short-circuited like UseStaticFiles was: public files skip sign-in and limits.
        app.MapStaticAssets().ShortCircuit();
        // WithStaticAssets: views' ~/ URLs with asp-append-version resolve to the fingerprinted ones.
        app.MapControllers().WithStaticAssets();
        return app;
    }
}
