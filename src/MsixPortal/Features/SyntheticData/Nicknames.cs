using System.Collections.Frozen;
using MsixPortal.Data.Entities.Search;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// The nicknames a State may send instead of a given name, from the same list that search seeds into
/// name_nicknames (<see cref="SpanishNicknames"/>), so generated nicknames are ones search knows.
/// </summary>
internal static class Nicknames
{
    private static readonly FrozenDictionary<string, string[]> ByFormalName = SpanishNicknames.All
        .GroupBy(n => n.FormalName, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(n => char.ToUpperInvariant(n.Nickname[0]) + n.Nickname[1..]).ToArray(), StringComparer.Ordinal);

    /// <summary>The nicknames of a given name (Jesús → Chuy, Chucho), capitalised; empty if it has none.</summary>
    public static IReadOnlyList<string> Of(string firstName) =>
        ByFormalName.GetValueOrDefault(Accents.Strip(firstName).ToLowerInvariant()) ?? [];
}
