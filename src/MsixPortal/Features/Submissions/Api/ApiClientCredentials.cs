using System.Net.Http.Headers;
using System.Text;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>Client ID and secret sent with HTTP Basic authentication (RFC 7617): <c>Authorization: Basic base64(id:secret)</c>.</summary>
public static class ApiClientCredentials
{
    public static bool TryParse(string? authorization, out string clientId, out string secret)
    {
        clientId = secret = "";
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return false;
        }
        var buffer = new byte[header.Parameter.Length];
        if (!Convert.TryFromBase64String(header.Parameter, buffer, out var length))
        {
            return false;
        }
        var text = Encoding.UTF8.GetString(buffer, 0, length);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }
        (clientId, secret) = (text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <summary>The client ID a request claims (unverified): the rate limiter's partition key.</summary>
    public static string? ClaimedClientId(HttpRequest request) =>
        TryParse(request.Headers.Authorization, out var clientId, out _) ? clientId : null;
}
