using System.Collections.Frozen;
using System.Reflection;

namespace MsixPortal.Data.Names;

/// <summary>
/// Common short forms of given names (Chuy = Jesús, Lupe = Guadalupe, Pancho = Francisco, Bobby = Robert…),
/// kept as data in <c>Data/Names/nicknames.tsv</c> so that search, linking and the synthetic data share one
/// list. A nickname may stand for several names (Beto = Alberto or Roberto). Lookups ignore case only:
/// callers that want accent-insensitive matching remove accents first.
/// </summary>
public static class NameNicknames
{
    /// <summary>Every (nickname, formal name) pair, in file order.</summary>
    public static IReadOnlyList<(string Nickname, string FormalName)> Pairs { get; } = Load();

    private static readonly FrozenDictionary<string, string[]> ByFormalName = Pairs
        .GroupBy(p => p.FormalName, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Nickname).ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string[]> ByNickname = Pairs
        .GroupBy(p => p.Nickname, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.FormalName).ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The nicknames of a formal given name, e.g. Jesús → Chuy, Chucho; empty if none.</summary>
    public static IReadOnlyList<string> NicknamesOf(string formalName) =>
        ByFormalName.GetValueOrDefault(formalName) ?? [];

    /// <summary>The formal names a nickname stands for, e.g. Beto → Alberto, Roberto; empty if none.</summary>
    public static IReadOnlyList<string> FormalNamesOf(string nickname) =>
        ByNickname.GetValueOrDefault(nickname) ?? [];

    private static (string, string)[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Names.nicknames.tsv")
            ?? throw new InvalidOperationException("Embedded file Names.nicknames.tsv is missing.");
        using var reader = new StreamReader(stream);
        var pairs = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                var fields = line.Split('\t');
                pairs.Add((fields[0].Trim(), fields[1].Trim()));
            }
        }
        return [.. pairs];
    }
}
