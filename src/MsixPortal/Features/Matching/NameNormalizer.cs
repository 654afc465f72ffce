using System.Globalization;
using System.Text;

namespace MsixPortal.Features.Matching;

/// <summary>
/// Names as linking and search compare them: capitals, accents removed (José → JOSE, Muñoz → MUNOZ),
/// only letters, words split at spaces, hyphens and apostrophes, and surname particles (de, la, del…)
/// dropped so that "de la Cruz", "De La Cruz" and "Delacruz" meet.
/// </summary>
public static class NameNormalizer
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "DE", "LA", "DEL", "LOS", "LAS", "Y", "VAN", "VON", "DA", "DOS", "DI", "LE" };

    /// <summary>The words of a name, normalised, particles kept: "José-Luis" → ["JOSE", "LUIS"].</summary>
    public static string[] Words(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>One name as one normalised string without separators: "José Luis" → "JOSELUIS".</summary>
    public static string Joined(string? name) => string.Concat(Words(name));

    /// <summary>The surname words without particles: "de la Cruz" → ["CRUZ"], "García-López" → ["GARCIA", "LOPEZ"].</summary>
    public static string[] SurnameWords(params string?[] surnames) => WithoutParticles(surnames.SelectMany(Words).ToArray());

    /// <summary>Normalised surname words without particles, unless nothing else is left.</summary>
    public static string[] WithoutParticles(string[] words)
    {
        var meaningful = words.Where(w => !Particles.Contains(w)).ToArray();
        return meaningful.Length > 0 ? meaningful : words;
    }
}
