using System.Text;

namespace MsixPortal.Features.Matching;

/// <summary>
/// A short sound code for a name, tuned for the Spanish and English names of migrant children:
/// letters that sound alike in Spanish (B/V, S/Z/soft C, soft G/J, LL/Y, QU/K/hard C) share a code,
/// H is silent, doubled letters count once, and vowels after the first letter are dropped. So
/// Lissete, Lizete and Lizette share "LST"; Jiménez and Giménez share "JMNS"; Vázquez and Basquez "BSKS".
/// </summary>
public static class PhoneticKey
{
    public const int DefaultLength = 6;

    public static string Of(string? name, int length = DefaultLength)
    {
        var letters = NameNormalizer.Joined(name);
        if (letters.Length == 0)
        {
            return "";
        }
        var sounds = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            var next = i + 1 < letters.Length ? letters[i + 1] : '\0';
            var (code, skip) = Sound(c, next, i == 0);
            i += skip;
            if (code != '\0' && (sounds.Length == 0 || sounds[^1] != code))
            {
                sounds.Append(code);
            }
        }
        var key = new StringBuilder(length);
        for (var i = 0; i < sounds.Length && key.Length < length; i++)
        {
            if (i == 0 || !IsVowelCode(sounds[i]))
            {
                // Consecutive equal consonants separated only by dropped vowels stay distinct (e.g. "NN" in "Nanette" → "NNT").
                key.Append(sounds[i]);
            }
        }
        return key.ToString();
    }

    private static bool IsVowelCode(char code) => code == 'A';

    /// <summary>The code of one letter (given the next one) and how many following letters it used up.</summary>
    private static (char Code, int Skip) Sound(char c, char next, bool first) => c switch
    {
        'A' or 'E' or 'I' or 'O' or 'U' => ('A', 0),
        'Y' => IsVowel(next) ? ('Y', 0) : ('A', 0),
        'H' => ('\0', 0),
        'B' or 'V' or 'W' => ('B', 0),
        'P' => next == 'H' ? ('F', 1) : ('P', 0),
        'F' => ('F', 0),
        'C' => next switch
        {
            'H' => ('X', 1),
            'E' or 'I' or 'Y' => ('S', 0),
            'K' => ('K', 1),
            _ => ('K', 0),
        },
        'Q' => next == 'U' ? ('K', 1) : ('K', 0),
        'K' => ('K', 0),
        'G' => next switch
        {
            'E' or 'I' or 'Y' => ('J', 0),
            'U' => ('G', 1),
            _ => ('G', 0),
        },
        'J' => ('J', 0),
        'S' or 'Z' => ('S', 0),
        'X' => (first ? 'S' : 'X', 0),
        'L' => next == 'L' ? ('Y', 1) : ('L', 0),
        'D' or 'T' => (c, 0),
        'M' or 'N' or 'R' => (c, 0),
        _ => (c, 0),
    };

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
}
