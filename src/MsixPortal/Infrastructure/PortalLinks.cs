namespace MsixPortal.Infrastructure;

/// <summary>
/// Absolute links to the portal for emails and operator output, from the setting
/// <c>Portal:BaseUrl</c> (default http://127.0.0.1:5080), never from the request's Host header.
/// </summary>
public sealed class PortalLinks(IConfiguration configuration)
{
    public const string DefaultBaseUrl = "http://127.0.0.1:5080";

    private readonly Uri _baseUrl = new((configuration["Portal:BaseUrl"] ?? DefaultBaseUrl).TrimEnd('/') + "/");

    /// <summary>The absolute URL of a portal path with an optional query string, e.g. ("account/activate", "token=...").</summary>
    public Uri To(string path, string? query = null) =>
        new UriBuilder(new Uri(_baseUrl, path.TrimStart('/'))) { Query = query ?? "" }.Uri;
}
