using System.Globalization;

namespace MsixPortal.Features.SyntheticData;

/// <summary>The ways a State writes a child's names differently from the truth; each returns whether it changed anything.</summary>
internal static class NameVariations
{
    public static bool UseNickname(RecordIdentity identity, Random random)
    {
        var nicknames = Nicknames.Of(identity.FirstName);
        if (nicknames.Count == 0)
        {
            return false;
        }
        identity.FirstName = random.Pick(nicknames);
        return true;
    }

    public static bool DropMiddleName(RecordIdentity identity)
    {
        if (identity.MiddleName is null)
        {
            return false;
        }
        identity.MiddleName = null;
        return true;
    }

    public static bool MoveMiddleIntoFirst(RecordIdentity identity)
    {
        if (identity.MiddleName is null)
        {
            return false;
        }
        identity.FirstName = $"{identity.FirstName} {identity.MiddleName}";
        identity.MiddleName = null;
        return true;
    }

    /// <summary>At most one change to how the two surnames are arranged; null when none happened.</summary>
    public static VariationKind? ArrangeSurnames(RecordIdentity identity, Random random)
    {
        var roll = random.NextDouble();
        if (identity.LastName2 is not { } second)
        {
            return null;
        }
        var first = identity.LastName1;
        (string, string?, VariationKind)? change = roll switch
        {
            < 0.12 => (first, null, VariationKind.SecondSurnameDropped),
            < 0.14 => (second, null, VariationKind.FirstSurnameDropped),
            < 0.17 => (second, first, VariationKind.SurnamesSwapped),
            < 0.21 => ($"{first}-{second}", null, VariationKind.SurnamesHyphenated),
            < 0.22 => ((first + second).Replace(" ", "", StringComparison.Ordinal), null, VariationKind.SurnamesJoined),
            < 0.26 => ($"{first} {second}", null, VariationKind.SurnamesInLastName1),
            _ => null,
        };
        if (change is not { } c)
        {
            return null;
        }
        (identity.LastName1, identity.LastName2) = (c.Item1, c.Item2);
        return c.Item3;
    }

    /// <summary>de la Cruz → Delacruz, DelaCruz, De La Cruz or just Cruz (particles dropped).</summary>
    public static bool RespaceCompoundSurname(RecordIdentity identity, Random random)
    {
        if (identity.LastName1.Contains(' ', StringComparison.Ordinal))
        {
            identity.LastName1 = Respaced(identity.LastName1, random);
            return true;
        }
        if (identity.LastName2?.Contains(' ', StringComparison.Ordinal) == true)
        {
            identity.LastName2 = Respaced(identity.LastName2, random);
            return true;
        }
        return false;
    }

    private static string Respaced(string surname, Random random)
    {
        var words = surname.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Concat(words);
        return random.Next(4) switch
        {
            0 => Capitalise(joined.ToLower(CultureInfo.InvariantCulture)),
            1 => Capitalise(joined),
            2 => string.Join(' ', words.Select(Capitalise)),
            _ => words[^1],
        };
    }

    private static string Capitalise(string word) =>
        word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
