namespace MsixPortal.TestSupport;

public static class ResponseExtensions
{
    /// <summary>The path of a redirect's Location, whether the app wrote it relative or absolute.</summary>
    public static string? LocationPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return null;
        }
        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri("https://localhost"), location);
        return absolute.AbsolutePath;
    }

    /// <summary>The Set-Cookie header lines for the cookie named <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> SetCookies(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Where(v => v.StartsWith(name + "=", StringComparison.Ordinal)).ToList()
            : [];
}
