using Microsoft.AspNetCore.StaticAssets;

namespace MsixPortal.Infrastructure.Security;

/// <summary>
/// Adds the portal's security headers to every response (security.md 23, 24). HSTS is sent on
/// plain HTTP too: browsers ignore it there, and behind a TLS-terminating proxy the app may only
/// ever see HTTP.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            // Pages carry student PII: nothing dynamic may be kept by a browser or a proxy. Only the
            // build's static assets (public, the same for everyone) keep their caching: a year,
            // immutable, at fingerprinted URLs (docs/decisions/0025-caching-and-compression.md).
            if (context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
