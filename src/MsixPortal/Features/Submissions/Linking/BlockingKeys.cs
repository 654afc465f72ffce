using System.Globalization;
using MsixPortal.Features.Matching;

namespace MsixPortal.Features.Submissions.Linking;

/// <summary>
/// Blocking: the keys under which a State record is filed (<see cref="Stored"/>) and the keys an
/// incoming record looks under (<see cref="Sought"/>), so that only plausible pairs are scored.
/// An incoming record also looks under its day/month-swapped birth date; the name-and-year and
/// name-and-day keys catch a birth date with one wrong digit; a surname key per surname word
/// catches one surname, surnames in the other order and joined or hyphenated surnames.
/// </summary>
public static class BlockingKeys
{
    public static IReadOnlyCollection<string> Stored(MatchProfile p) => Keys(p, [p.BirthDate]);

    public static IReadOnlyCollection<string> Sought(MatchProfile p)
    {
        var dates = new List<DateOnly> { p.BirthDate };
        if (p.BirthDate.Day <= 12 && p.BirthDate.Day != p.BirthDate.Month)
        {
            dates.Add(new DateOnly(p.BirthDate.Year, p.BirthDate.Day, p.BirthDate.Month));
        }
        return Keys(p, dates);
    }

    private static HashSet<string> Keys(MatchProfile p, List<DateOnly> dates)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var first = PhoneticKey.Of(p.FirstWord, 4);
        var surnames = p.Surnames.Select(s => PhoneticKey.Of(s, 3)).Where(s => s.Length > 0).Distinct().ToList();
        foreach (var date in dates)
        {
            var day = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            if (first.Length > 0)
            {
                keys.Add($"F|{first}|{day}");
            }
            foreach (var surname in surnames)
            {
                keys.Add($"L|{surname}|{day}");
            }
            if (p.ParentFirstNames.Length > 0)
            {
                keys.Add($"P|{PhoneticKey.Of(p.ParentFirstNames[0], 4)}|{day}");
            }
        }
        var year = p.BirthDate.Year.ToString(CultureInfo.InvariantCulture);
        var monthDay = p.BirthDate.ToString("MMdd", CultureInfo.InvariantCulture);
        foreach (var surname in surnames.Where(_ => first.Length > 0))
        {
            keys.Add($"Y|{first}|{surname}|{year}");
            keys.Add($"D|{first}|{surname}|{monthDay}");
        }
        return keys;
    }
}
