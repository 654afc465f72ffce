using Microsoft.AspNetCore.ResponseCompression;

namespace MsixPortal.Infrastructure.Compression;

public static class CompressionServiceCollectionExtensions
{
    /// <summary>
    /// Pages compressed on the fly (Brotli, else gzip; the fastest levels, the defaults), for
    /// same-origin requests only (<see cref="SameOriginCompressionProvider"/>). Static assets come
    /// compressed from the build (MapStaticAssets) and are not compressed again.
    /// </summary>
    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Behind a TLS-terminating proxy the portal sees HTTP, so HTTPS gets the same rule.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.AddSingleton<IResponseCompressionProvider, SameOriginCompressionProvider>();
        return services;
    }
}
