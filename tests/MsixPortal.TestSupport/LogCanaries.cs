using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace MsixPortal.TestSupport;

/// <summary>
/// security.md 27: values that must never reach a log. Every <see cref="PortalAppFactory"/> checks
/// its captured Serilog events against them when it is disposed, so the whole test suite doubles as
/// one log scan. Canaries: any text containing "canary" (the convention for made-up PII in tests),
/// the surname and default birth date of <see cref="TestStudents"/> children, the test accounts' password, and the
/// authenticator key of every account <see cref="TestAccounts"/> created.
/// </summary>
public static partial class LogCanaries
{
    private static readonly string[] Fixed =
    [
        "canary", TestStudents.LastName, TestAccounts.DefaultPassword,
        TestStudents.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TestStudents.BirthDate.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
    ];
    private static readonly ConcurrentDictionary<string, byte> AuthenticatorKeys = new(StringComparer.Ordinal);

    public static void RegisterAuthenticatorKey(string base32Key) => AuthenticatorKeys.TryAdd(base32Key, 0);

    /// <summary>Which canaries (by description, never the value itself) occur in <paramref name="logText"/>.</summary>
    public static IReadOnlyList<string> FoundIn(string logText)
    {
        var found = Fixed.Where(value => logText.Contains(value, StringComparison.OrdinalIgnoreCase))
            .Select(value => $"the canary \"{value}\"").ToList();
        if (Base32Token().Matches(logText).Any(token => AuthenticatorKeys.ContainsKey(token.Value)))
        {
            found.Add("an authenticator key");
        }
        return found;
    }

    /// <summary>Throws when the log holds a canary, naming the first event that does.</summary>
    public static void AssertNoneIn(CapturedLog log)
    {
        var found = FoundIn(log.AllText());
        if (found.Count > 0)
        {
            var template = log.Events
                .FirstOrDefault(e => FoundIn(e.RenderMessage(CultureInfo.InvariantCulture) + e.Exception).Count > 0)
                ?.MessageTemplate.Text ?? "(in an event's properties)";
            throw new InvalidOperationException(
                $"PII or secrets reached the Serilog log (security.md 27): {string.Join(", ", found)}. First template: {template}");
        }
    }

    [GeneratedRegex("(?<![A-Za-z0-9])[A-Z2-7]{32}(?![A-Za-z0-9])")]
    private static partial Regex Base32Token();
}
