using PdfSharp.Drawing;

namespace MsixPortal.Features.Records.Export.Pdf;

/// <summary>A section's title, repeated as "(continued)" at the top of each page the section runs onto.</summary>
internal static class PdfSectionHeading
{
    public const double Height = 18;

    /// <summary>Draws the heading, first starting a new page unless it fits with <paramref name="keepWith"/> points after it.</summary>
    public static void Draw(PdfPageWriter writer, string title, double keepWith)
    {
        writer.BreakIfNeeded(Height + keepWith);
        DrawHere(writer, title);
    }

    /// <summary>Draws "title (continued)" at the top of a fresh page.</summary>
    public static void DrawContinued(PdfPageWriter writer, string title) => DrawHere(writer, title + " (continued)");

    public static void DrawEmptyNote(PdfPageWriter writer)
    {
        writer.BreakIfNeeded(PdfFonts.LineHeight + 6);
        writer.Graphics.DrawString("None reported.", writer.Fonts.Body, XBrushes.Black,
            new XRect(PdfPageWriter.Margin, writer.Y, PdfPageWriter.ContentWidth, PdfFonts.LineHeight), XStringFormats.TopLeft);
        writer.Y += PdfFonts.LineHeight + 6;
    }

    private static void DrawHere(PdfPageWriter writer, string text)
    {
        writer.Graphics.DrawString(text, writer.Fonts.Heading, XBrushes.Black,
            new XRect(PdfPageWriter.Margin, writer.Y + 2, PdfPageWriter.ContentWidth, 14), XStringFormats.TopLeft);
        writer.Y += Height;
    }
}
