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
/// date. Why no other keys (parents' names, the name and year alone): docs/submissions/linking.md.
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

    private static string Format(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);
}
