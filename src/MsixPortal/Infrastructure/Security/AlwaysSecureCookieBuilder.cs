namespace MsixPortal.Infrastructure.Security;

/// <summary>
/// A cookie builder whose cookies always carry the Secure attribute, whatever the request's scheme.
/// The antiforgery system throws on every plain-http request when its cookie's SecurePolicy is
/// Always, but the portal is served over plain http on loopback in development and in the browser
/// tests (browsers treat loopback as a secure context and accept Secure cookies from it), and
/// behind a TLS proxy in Production. Marking the cookie Secure here keeps the <c>__Host-</c> name
/// valid everywhere: a browser never sends it over an unencrypted non-loopback connection.
/// </summary>
public sealed class AlwaysSecureCookieBuilder : CookieBuilder
{
    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        options.Secure = true;
        return options;
    }
}
