using System.Text;

namespace MsixPortal.Features.SyntheticData;

/// <summary>One slip of the keyboard: a neighbouring key, two letters swapped, a letter dropped or doubled.</summary>
internal static class Typos
{
    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public static string Apply(string value, Random random)
    {
        var letters = Enumerable.Range(0, value.Length).Where(i => char.IsLetter(value[i])).ToArray();
        if (letters.Length < 3)
        {
            return value;
        }
        var at = letters[random.Next(letters.Length)];
        var builder = new StringBuilder(value);
        switch (random.Next(4))
        {
            case 0:
                builder[at] = MatchCase(Neighbour(char.ToLowerInvariant(value[at]), random), value[at]);
                break;
            case 1 when at + 1 < value.Length && char.IsLetter(value[at + 1]) && char.ToLowerInvariant(value[at]) != char.ToLowerInvariant(value[at + 1]):
                builder[at] = MatchCase(value[at + 1], value[at]);
                builder[at + 1] = MatchCase(value[at], value[at + 1]);
                break;
            case 2:
                builder.Remove(at, 1);
                break;
            default:
                builder.Insert(at, char.ToLowerInvariant(value[at]));
                break;
        }
        var result = builder.ToString();
        return result.Length > 0 && char.IsLetter(result[0]) ? result : value;
    }

    private static char Neighbour(char letter, Random random)
    {
        foreach (var row in KeyboardRows)
        {
            var index = row.IndexOf(letter, StringComparison.Ordinal);
            if (index >= 0)
            {
                var neighbour = index == 0 ? 1 : index == row.Length - 1 ? index - 1 : index + (random.Next(2) * 2 - 1);
                return row[neighbour];
            }
        }
        return (char)('a' + random.Next(26));
    }

    private static char MatchCase(char letter, char like) =>
        char.IsUpper(like) ? char.ToUpperInvariant(letter) : char.ToLowerInvariant(letter);
}
