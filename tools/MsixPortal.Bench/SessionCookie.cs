namespace MsixPortal.Bench;

/// <summary>
/// "cookie": signs in through the real pages (notice, password, TOTP) and prints the session's
/// Cookie header, so that scanners (scripts/scan.sh: sqlmap, wapiti) act as that signed-in user.
/// </summary>
public static class SessionCookie
{
    public static async Task<int> PrintAsync(BenchArguments options)
    {
        using var session = await PortalSession.SignInAsync(new Uri(options.Required("base-url")),
            options.Required("email"), options.Required("password"), options.Required("totp-key"));
        await Console.Out.WriteLineAsync(session.CookieHeader);
        return 0;
    }
}
