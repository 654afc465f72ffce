using System.Text;

namespace MsixPortal.Features.Records.Export.Pdf;

/// <summary>
/// Cell text as the PDF can draw it. PDFsharp draws through DejaVu, which has no glyphs beyond
/// U+FFFF (emoji, historic scripts); PDFsharp then writes the surrogate halves as two wrong
/// characters ("Ana😀" became "Anaὠ"). Such a character is replaced by U+FFFD, the replacement
/// character DejaVu has, so the reader sees that something was there and nothing misleading.
/// </summary>
internal static class PdfText
{
    public const char Replacement = '\uFFFD';

    public static string Cell(object? value, ExportCellKind kind) => Drawable(ExportCellText.Format(value, kind));

    public static string Drawable(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }
        var drawable = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            // EnumerateRunes yields U+FFFD for a lone surrogate half as well.
            drawable.Append(rune.IsBmp ? (char)rune.Value : Replacement);
        }
        return drawable.ToString();
    }
}
