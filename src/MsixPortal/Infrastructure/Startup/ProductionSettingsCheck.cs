using Npgsql;

namespace MsixPortal.Infrastructure.Startup;

/// <summary>
/// Settings a Production instance must not serve with (security.md 44): without them the key ring
/// is readable by anyone who can read the database, emailed links point to the wrong or an
/// unencrypted host, any Host header is believed, or a published demo password guards the data.
/// The web server refuses to start while one of them is wrong; operator commands are not affected.
/// </summary>
public static class ProductionSettingsCheck
{
    /// <summary>Exit code of a Production start refused for its settings.</summary>
    public const int RefusedExitCode = 3;

    /// <summary>Passwords published in samples (docker-compose.yml, docs) or guessed first.</summary>
    private static readonly string[] PlaceholderPasswordMarkers =
        ["demo", "placeholder", "changeme", "change_me", "change-me", "example", "secret"];

    private static readonly string[] PlaceholderPasswords = ["password", "postgres", "admin", "msix"];

    /// <summary>What is wrong with the settings for Production, one sentence each; empty when they may serve.</summary>
    public static IReadOnlyList<string> Problems(IConfiguration configuration)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(configuration["DataProtection:CertificatePath"]))
        {
            problems.Add("DataProtection:CertificatePath is not set: the Data Protection key ring would be stored in "
                + "PostgreSQL unencrypted. Set DataProtection__CertificatePath (a PKCS#12 file) and DataProtection__CertificatePassword.");
        }
        problems.AddRange(BaseUrlProblems(configuration["Portal:BaseUrl"]));
        var allowedHosts = (configuration["AllowedHosts"] ?? "")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (allowedHosts.Length == 0 || allowedHosts.Contains("*"))
        {
            problems.Add("AllowedHosts is empty or '*': set it to the portal's host name(s), separated by ';' "
                + "(e.g. AllowedHosts=msix.example.gov), so that requests for other hosts are refused.");
        }
        foreach (var connection in configuration.GetSection("ConnectionStrings").GetChildren())
        {
            if (HasPlaceholderPassword(connection.Value))
            {
                problems.Add($"ConnectionStrings:{connection.Key} uses a placeholder password: set a real secret.");
            }
        }
        return problems;
    }

    /// <summary>In Production, writes every problem to stderr and returns false if there is one.</summary>
    public static bool Allows(WebApplication app)
    {
        if (!app.Environment.IsProduction())
        {
            return true;
        }
        var problems = Problems(app.Configuration);
        if (problems.Count == 0)
        {
            return true;
        }
        Console.Error.WriteLine("The portal refuses to start in Production:");
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"  - {problem}");
        }
        return false;
    }

    private static IEnumerable<string> BaseUrlProblems(string? baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            yield return "Portal:BaseUrl is not set (or not an absolute address): set it to the portal's public "
                + "https address (e.g. https://msix.example.gov); every emailed link is built from it.";
            yield break;
        }
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            yield return "Portal:BaseUrl must be an https:// address: emailed links carry activation and reset tokens.";
        }
        if (uri.IsLoopback || uri.Host == "0.0.0.0")
        {
            yield return "Portal:BaseUrl names this machine (loopback): set the portal's public address.";
        }
    }

    private static bool HasPlaceholderPassword(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }
        string? password;
        try
        {
            password = new NpgsqlConnectionStringBuilder(connectionString).Password;
        }
        catch (ArgumentException)
        {
            return false; // Not ours to judge here: Npgsql says what is wrong when it connects.
        }
        // No password: a passfile, a client certificate or Kerberos authenticates instead.
        if (string.IsNullOrEmpty(password))
        {
            return false;
        }
        var lower = password.ToLowerInvariant();
        return PlaceholderPasswords.Contains(lower)
            || PlaceholderPasswordMarkers.Any(marker => lower.Contains(marker, StringComparison.Ordinal));
    }
}
