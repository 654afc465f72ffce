using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MsixPortal.Features.Submissions.Api;

/// <summary>
/// A client's ID and secret at the token endpoint, sent with HTTP Basic as RFC 6749 §2.3.1 asks:
/// <c>Authorization: Basic base64(urlencode(id):urlencode(secret))</c>.
/// </summary>
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
        (clientId, secret) = (WebUtility.UrlDecode(text[..colon]), WebUtility.UrlDecode(text[(colon + 1)..]));
        return true;
    }
}
