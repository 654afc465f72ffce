using System.Globalization;
using System.Text;
using MsixPortal.Data.Entities.Search;

namespace MsixPortal.Tests.Features.Search;

/// <summary>
/// Turns a child's true identity into what a staff member types, the way issue 4 lists it: accents
/// dropped, sound-alike spellings, hyphens, surnames swapped, one of them or joined, compound surnames
/// joined or cut, nicknames, birth dates with day and month swapped or one digit off. Seeded.
/// </summary>
internal sealed class StaffTyping(int seed)
{
    private static readonly (string From, string To)[] SoundAlikes =
    [
        ("ss", "s"), ("s", "z"), ("z", "s"), ("v", "b"), ("b", "v"), ("ll", "y"), ("y", "ll"), ("ge", "je"), ("gi", "ji"),
        ("je", "ge"), ("ji", "gi"), ("ce", "se"), ("ci", "si"), ("qu", "k"), ("tt", "t"), ("ette", "ete"), ("ete", "ette"),
    ];

    private static readonly Dictionary<string, string[]> NicknamesOf = SpanishNicknames.All
        .GroupBy(n => n.FormalName, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(n => n.Nickname).ToArray(), StringComparer.Ordinal);

    private readonly Random _random = new(seed);

    public string FirstName(string first)
    {
        var name = StripAccentsSometimes(first);
        var formal = Strip(first).ToLowerInvariant();
        return _random.Next(6) switch
        {
            0 when NicknamesOf.TryGetValue(formal, out var nicknames) => Capitalise(nicknames[_random.Next(nicknames.Length)]),
            1 or 2 => SoundAlike(name),
            3 when name.Length > 4 => name[..3] + "-" + name[3..],
            _ => name,
        };
    }

    public string LastName(string last1, string? last2)
    {
        var one = StripAccentsSometimes(last1);
        var two = last2 is null ? null : StripAccentsSometimes(last2);
        if (_random.Next(3) == 0)
        {
            one = SoundAlike(one);
        }
        if (two is null)
        {
            return _random.Next(4) == 0 ? one.Replace(" ", "", StringComparison.Ordinal) : one;
        }
        return _random.Next(6) switch
        {
            0 => two + " " + one,
            1 => one,
            2 => one.Replace(" ", "", StringComparison.Ordinal) + two,
            3 => one + "-" + two,
            _ => one + " " + two,
        };
    }

    public DateOnly BirthDate(DateOnly date) => _random.Next(10) switch
    {
        0 when date.Day <= 12 && date.Day != date.Month => new DateOnly(date.Year, date.Day, date.Month),
        1 => OneDigitOff(date),
        _ => date,
    };

    private DateOnly OneDigitOff(DateOnly date)
    {
        var variants = MsixPortal.Features.Search.BirthDateVariants.OneDigitOff(date);
        return variants[_random.Next(variants.Count)];
    }

    private string SoundAlike(string name)
    {
        var lower = name.ToLowerInvariant();
        var candidates = SoundAlikes.Where(p => lower.Contains(p.From, StringComparison.Ordinal)).ToArray();
        if (candidates.Length == 0)
        {
            return name.StartsWith('H') ? name[1..] : name;
        }
        var (from, to) = candidates[_random.Next(candidates.Length)];
        var at = lower.IndexOf(from, StringComparison.Ordinal);
        return Capitalise(lower[..at] + to + lower[(at + from.Length)..]);
    }

    private string StripAccentsSometimes(string name) => _random.Next(2) == 0 ? Strip(name) : name;

    private static string Strip(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray())
            .Normalize(NormalizationForm.FormC);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
