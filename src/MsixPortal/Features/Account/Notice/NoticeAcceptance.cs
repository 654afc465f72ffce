using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MsixPortal.Features.Account.Notice;

/// <summary>
/// Remembers, for the browser session, that the system-use notice was accepted: a session cookie
/// holding the acceptance time, encrypted with Data Protection (so any app instance can read it,
/// and nobody can forge it). Accepted notices count for 12 hours, like a session.
/// </summary>
public sealed class NoticeAcceptance(IDataProtectionProvider dataProtection, TimeProvider clock)
{
    public const string CookieName = "__Host-msix-notice";
    private static readonly TimeSpan Validity = TimeSpan.FromHours(12);
    private readonly IDataProtector _protector = dataProtection.CreateProtector("MsixPortal.SystemUseNotice.v1");

    public void Accept(HttpResponse response)
    {
        var acceptedAt = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        response.Cookies.Append(CookieName, _protector.Protect(acceptedAt), new CookieOptions
        {
            Secure = true,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            IsEssential = true,
        });
    }

    public bool IsAccepted(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return false;
        }
        try
        {
            var acceptedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(_protector.Unprotect(value), CultureInfo.InvariantCulture));
            return clock.GetUtcNow() - acceptedAt < Validity;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
