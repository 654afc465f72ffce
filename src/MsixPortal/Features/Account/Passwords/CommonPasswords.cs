using System.Reflection;

namespace MsixPortal.Features.Account.Passwords;

/// <summary>
/// The blocklist of common and breached passwords (common-passwords.txt, embedded). A password is
/// common if it is on the list, or if what is left after stripping leading and trailing digits and
/// symbols and undoing look-alike substitutions is: "Password123!" and "P@ssw0rd2024" are refused.
/// </summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "MsixPortal.Features.Account.Passwords.common-passwords.txt";
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['@'] = 'a', ['4'] = 'a', ['8'] = 'b', ['3'] = 'e', ['1'] = 'i', ['!'] = 'i', ['0'] = 'o',
        ['$'] = 's', ['5'] = 's', ['7'] = 't', ['+'] = 't', ['2'] = 'z',
    };

    private readonly HashSet<string> _passwords;

    public CommonPasswords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        _passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                _passwords.Add(line);
            }
        }
    }

    public int Count => _passwords.Count;

    public bool IsCommon(string password)
    {
        var lower = password.ToLowerInvariant();
        var core = lower.Trim().TrimStart(NotALetter(lower)).TrimEnd(NotALetter(lower));
        return _passwords.Contains(lower)
            || (core.Length >= 4 && (_passwords.Contains(core) || _passwords.Contains(UndoLookAlikes(core))));
    }

    private static char[] NotALetter(string text) => text.Where(c => !char.IsLetter(c)).Distinct().ToArray();

    private static string UndoLookAlikes(string text) =>
        new(text.Select(c => LookAlikes.GetValueOrDefault(c, c)).ToArray());
}
