using System.Globalization;
using System.Text;

namespace MsixPortal.Features.SyntheticData;

/// <summary>Accent removal as State systems that only keep ASCII do it: José → Jose, Muñoz → Munoz.</summary>
internal static class Accents
{
    public static string Strip(string value)
    {
        if (value.All(char.IsAscii))
        {
            return value;
        }
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static bool HasAccents(string? value) => value is not null && !value.All(char.IsAscii);

    /// <summary>Only the ASCII letters of a name, e.g. "Saint-Fleur" → "SaintFleur" (for e-mail addresses).</summary>
    public static string ToAsciiLetters(string value) => new(Strip(value).Where(char.IsAsciiLetter).ToArray());
}
