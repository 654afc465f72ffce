using System.Globalization;
using System.Net;

namespace MsixPortal.Tests.Authorization;

/// <summary>The outcomes a matrix cell can name, and how a response is judged against one.</summary>
public static class MatrixOutcome
{
    /// <summary>Authorization let the caller through (for a state-changing method: it then failed antiforgery with 400).</summary>
    public const string Allow = "allow";

    /// <summary>A 302 to the sign-in page.</summary>
    public const string Login = "login";

    /// <summary>Null when <paramref name="response"/> matches <paramref name="expected"/>, else what went wrong.</summary>
    public static string? Check(MatrixRow row, string expected, HttpResponseMessage response, string loginPath)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location;
        var locationPath = location is null ? "" : location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
        var toLogin = response.StatusCode == HttpStatusCode.Redirect
            && locationPath.StartsWith(loginPath, StringComparison.OrdinalIgnoreCase);
        var actual = toLogin ? $"302 to {loginPath}" : $"{status} {response.Headers.Location}".TrimEnd();
        return expected switch
        {
            Login => toLogin ? null : $"expected a redirect to sign-in, got {actual}",
            Allow when row.IsStateChanging => status == 400 ? null : $"expected 400 (allowed, no antiforgery token), got {actual}",
            Allow => toLogin || status is 401 or 403 || status >= 500 ? $"expected to be allowed, got {actual}" : null,
            _ when int.TryParse(expected, NumberStyles.None, CultureInfo.InvariantCulture, out var code) =>
                status == code && !toLogin ? null : $"expected {code}, got {actual}",
            _ => $"unknown outcome '{expected}' in {AuthorizationMatrix.FileName}",
        };
    }
}
