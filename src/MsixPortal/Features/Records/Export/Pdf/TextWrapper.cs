using PdfSharp.Drawing;

namespace MsixPortal.Features.Records.Export.Pdf;

/// <summary>Breaks text into lines that fit a width, at spaces, or inside a word longer than the width.</summary>
internal static class TextWrapper
{
    public static List<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            WrapParagraph(graphics, paragraph.TrimEnd('\r'), font, width, lines);
        }
        return lines;
    }

    private static void WrapParagraph(XGraphics graphics, string paragraph, XFont font, double width, List<string> lines)
    {
        if (graphics.MeasureString(paragraph, font).Width <= width)
        {
            lines.Add(paragraph);
            return;
        }
        var current = "";
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (graphics.MeasureString(candidate, font).Width <= width)
            {
                current = candidate;
                continue;
            }
            if (current.Length > 0)
            {
                lines.Add(current);
            }
            current = BreakLongWord(graphics, word, font, width, lines);
        }
        lines.Add(current);
    }

    /// <summary>Adds full-width pieces of an over-long word; returns the remainder that still fits.</summary>
    private static string BreakLongWord(XGraphics graphics, string word, XFont font, double width, List<string> lines)
    {
        while (word.Length > 1 && graphics.MeasureString(word, font).Width > width)
        {
            var take = word.Length - 1;
            while (take > 1 && graphics.MeasureString(word[..take], font).Width > width)
            {
                take--;
            }
            lines.Add(word[..take]);
            word = word[take..];
        }
        return word;
    }
}
