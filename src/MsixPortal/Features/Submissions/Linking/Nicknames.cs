using System.Collections.Frozen;
using MsixPortal.Features.Matching;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// Whether two normalised given names are the same name in formal and nickname form (Chuy = Jesús,
/// Beto = Roberto), from the nickname pairs search also uses (name_nicknames), so that one list serves both.
/// </summary>
public sealed class Nicknames
{
    /// <summary>Nickname → the formal names it stands for, normalised as <see cref="NameNormalizer"/> does (JESUS).</summary>
    private readonly FrozenDictionary<string, string[]> _formalNames;

    public Nicknames(IEnumerable<(string Nickname, string FormalName)> pairs)
    {
        _formalNames = pairs
            .Select(p => (Nickname: NameNormalizer.Joined(p.Nickname), FormalName: NameNormalizer.Joined(p.FormalName)))
            .Where(p => p.Nickname.Length > 0 && p.FormalName.Length > 0)
            .GroupBy(p => p.Nickname, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.FormalName).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// True when one name is a nickname of the other or both are nicknames of one formal name (Lupe, Lupita).
    /// Two formal names sharing a nickname (Alberto, Roberto: both Beto) are not equivalent.
    /// </summary>
    public bool AreEquivalent(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0 || a == b)
        {
            return false;
        }
        var aFormal = _formalNames.GetValueOrDefault(a) ?? [];
        var bFormal = _formalNames.GetValueOrDefault(b) ?? [];
        // Plain loops over the few formal names: linking asks this for millions of pairs.
        if (Array.IndexOf(aFormal, b) >= 0 || Array.IndexOf(bFormal, a) >= 0)
        {
            return true;
        }
        foreach (var formal in aFormal)
        {
            if (Array.IndexOf(bFormal, formal) >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
