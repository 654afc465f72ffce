using System.Text;

namespace MsixPortal.Features.SyntheticData;

/// <summary>
/// Sound-alike respellings that arise when a name is written down by ear: z/s, v/b, ll/y, j/g/x, a dropped
/// h, ss/s, tt/t, c/k/qu, i/y, gu/w, ñ/ni. Lissete → Lizete or Lisette, Jiménez → Giménez or Ximénez,
/// Yesenia → Llesenia, Vázquez → Vásquez or Bázquez.
/// </summary>
internal static class SpellingVariants
{
    private sealed record Rule(string From, string To, Func<string, int, int, bool> Applies);

    private static readonly Rule[] Rules =
    [
        new("z", "s", Anywhere), new("s", "z", BetweenVowels), new("ss", "z", Anywhere),
        new("v", "b", Anywhere), new("b", "v", Anywhere),
        new("ll", "y", Anywhere), new("y", "ll", BeforeVowel),
        new("j", "g", BeforeFrontVowel), new("g", "j", BeforeFrontVowel), new("j", "x", AtStart), new("x", "j", Anywhere),
        new("h", "", AtStartBeforeVowel),
        new("ss", "s", Anywhere), new("s", "ss", BetweenVowels),
        new("tt", "t", Anywhere), new("t", "tt", BetweenVowels),
        new("c", "k", BeforeBackVowel), new("qu", "k", BeforeFrontVowel), new("c", "s", BeforeFrontVowel),
        new("i", "y", AfterVowelOrAtEnd), new("y", "i", AfterConsonant),
        new("gu", "w", BeforeVowel), new("ñ", "ni", Anywhere), new("ph", "f", Anywhere),
    ];

    /// <summary>Applies one respelling chosen at random among those the name allows; null if none applies.</summary>
    public static string? Apply(string name, Random random)
    {
        var lower = name.ToLowerInvariant();
        var candidates = new List<(Rule Rule, int At)>();
        foreach (var rule in Rules)
        {
            for (var at = lower.IndexOf(rule.From, StringComparison.Ordinal); at >= 0;
                 at = lower.IndexOf(rule.From, at + 1, StringComparison.Ordinal))
            {
                if (rule.Applies(lower, at, rule.From.Length))
                {
                    candidates.Add((rule, at));
                }
            }
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        var (chosen, position) = candidates[random.Next(candidates.Count)];
        var replacement = char.IsUpper(name[position]) && chosen.To.Length > 0
            ? char.ToUpperInvariant(chosen.To[0]) + chosen.To[1..]
            : chosen.To;
        var result = new StringBuilder(name).Remove(position, chosen.From.Length).Insert(position, replacement).ToString();
        if (result.Length < 2)
        {
            return null;
        }
        // A dropped initial H leaves "ernández": keep the capital the name started with.
        return char.IsUpper(name[0]) && char.IsLower(result[0]) ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }

    private static bool IsVowel(char c) => "aeiouáéíóúü".Contains(c, StringComparison.Ordinal);

    private static bool Anywhere(string s, int at, int length) => true;

    private static bool AtStart(string s, int at, int length) => at == 0;

    private static bool AtStartBeforeVowel(string s, int at, int length) => at == 0 && BeforeVowel(s, at, length);

    private static bool BeforeVowel(string s, int at, int length) => at + length < s.Length && IsVowel(s[at + length]);

    private static bool BeforeFrontVowel(string s, int at, int length) => at + length < s.Length && "eiéí".Contains(s[at + length], StringComparison.Ordinal);

    private static bool BeforeBackVowel(string s, int at, int length) => at + length < s.Length && "aouáóú".Contains(s[at + length], StringComparison.Ordinal);

    private static bool BetweenVowels(string s, int at, int length) => at > 0 && IsVowel(s[at - 1]) && BeforeVowel(s, at, length);

    private static bool AfterVowelOrAtEnd(string s, int at, int length) => at > 0 && IsVowel(s[at - 1]) && at + length == s.Length;

    private static bool AfterConsonant(string s, int at, int length) => at > 0 && char.IsLetter(s[at - 1]) && !IsVowel(s[at - 1]);
}
