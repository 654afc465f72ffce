using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace MsixPortal.Infrastructure.Compression;

/// <summary>
/// Compresses pages (Brotli, else gzip) only for requests that the portal's own pages made
/// (<c>Sec-Fetch-Site: same-origin</c>) or that the user made by typing or following a bookmark
/// (<c>none</c>). BREACH-style attacks need many requests, sent with the victim's cookies, whose input
/// the attacker chooses and which the page echoes next to a secret: those come from another site, so
/// their answers are not compressed and their sizes tell nothing. A browser that sends no
/// Sec-Fetch-Site gets uncompressed pages. docs/decisions/0025-caching-and-compression.md.
/// </summary>
public sealed class SameOriginCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : IResponseCompressionProvider
{
    private readonly ResponseCompressionProvider _negotiation = new(services, options);

    public bool CheckRequestAcceptsCompression(HttpContext context) =>
        IsSameOriginOrUserInitiated(context.Request) && _negotiation.CheckRequestAcceptsCompression(context);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => _negotiation.GetCompressionProvider(context);

    public bool ShouldCompressResponse(HttpContext context) => _negotiation.ShouldCompressResponse(context);

    private static bool IsSameOriginOrUserInitiated(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is "same-origin" or "none";
}
