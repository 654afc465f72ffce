using System.Globalization;
using MsixPortal.Features.Matching;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// Blocking: the keys under which a State record is filed (<see cref="Stored"/>) and the keys an
/// incoming record looks under (<see cref="Sought"/>), so that only plausible pairs are scored.
/// First name + birth date, and each surname word + birth date (one surname, surnames in the other
/// order, joined or hyphenated surnames; a first name that sounds different). For a birth date with
/// one wrong digit, first name + each surname word + the date with one part left out: year and month
/// (a wrong day digit), year and day (a wrong month digit), month and day (a wrong year digit). An
/// incoming record also looks under first name + surname + year and month of its day/month-swapped
/// date. And two keys that survive typos in both names or a date wrong in several digits
/// (<see cref="AddTypoProofKeys"/>). Why no other keys (parents' names, the name sound and year alone):
/// docs/submissions/linking.md.
/// </summary>
public static class BlockingKeys
{
    public static IReadOnlyCollection<string> Stored(MatchProfile p) => Keys(p, swapped: null);

    public static IReadOnlyCollection<string> Sought(MatchProfile p)
    {
        var date = p.BirthDate;
        return Keys(p, date.Day <= 12 && date.Day != date.Month ? new DateOnly(date.Year, date.Day, date.Month) : null);
    }

    private static HashSet<string> Keys(MatchProfile p, DateOnly? swapped)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var first = PhoneticKey.Of(p.FirstWord, 4);
        var surnames = p.Surnames.Select(s => PhoneticKey.Of(s, 3)).Where(s => s.Length > 0).Distinct().ToList();
        var day = Format(p.BirthDate, "yyyyMMdd");
        if (first.Length > 0)
        {
            keys.Add($"F|{first}|{day}");
        }
        foreach (var surname in surnames)
        {
            keys.Add($"L|{surname}|{day}");
        }
        AddTypoProofKeys(first, surnames, p.BirthDate, day, keys);
        if (first.Length == 0)
        {
            return keys;
        }
        var yearMonth = Format(p.BirthDate, "yyyyMM");
        var yearDay = Format(p.BirthDate, "yyyydd");
        var monthDay = Format(p.BirthDate, "MMdd");
        foreach (var surname in surnames)
        {
            keys.Add($"M|{first}|{surname}|{yearMonth}");
            keys.Add($"A|{first}|{surname}|{yearDay}");
            keys.Add($"D|{first}|{surname}|{monthDay}");
            if (swapped is { } other)
            {
                keys.Add($"M|{first}|{surname}|{Format(other, "yyyyMM")}");
            }
        }
        return keys;
    }

    /// <summary>
    /// Keys that survive what changes every sound code above: the birth date + the initials of the first
    /// name's and of a surname's sound codes, as an unordered pair (typos or a space inside both names, "Jess
    /// Ica Shephefd"; first name and surname swapped); and the first name's and all the surnames' sound codes
    /// + the birth year (names that agree while the month and day are wrong in several digits). Both stay
    /// small: about 150 children are born on one day in a million, and the second key needs every surname.
    /// Both are made of the other keys' codes only, so that a migration can file them for stored records.
    /// </summary>
    private static void AddTypoProofKeys(string first, List<string> surnames, DateOnly birthDate, string day, HashSet<string> keys)
    {
        if (first.Length == 0 || surnames.Count == 0)
        {
            return;
        }
        foreach (var surname in surnames)
        {
            keys.Add(first[0] <= surname[0] ? $"I|{day}|{first[0]}{surname[0]}" : $"I|{day}|{surname[0]}{first[0]}");
        }
        keys.Add($"N|{first}|{string.Concat(surnames.Order(StringComparer.Ordinal))}|{Format(birthDate, "yyyy")}");
    }

    private static string Format(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
