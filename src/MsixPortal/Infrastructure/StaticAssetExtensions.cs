namespace MsixPortal.Infrastructure;

public static class StaticAssetExtensions
{
    /// <summary>
    /// The build's static assets (MapStaticAssets, see UsePortalWeb) served as in production from the
    /// build output too (run.sh, the benchmarks, the tests): the Brotli and gzip files the build leaves
    /// under obj/ are found in every environment, not only Development (a published app has them in
    /// wwwroot and no runtime manifest: a no-op there). Outside Development the manifest's caching
    /// headers hold (a year at fingerprinted URLs), not ASP.NET Core's development handler, which
    /// answers no-cache and re-reads changed files.
    /// </summary>
    public static WebApplicationBuilder AddPortalStaticAssets(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        if (!builder.Environment.IsDevelopment())
        {
            builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        }
        return builder;
    }
}
