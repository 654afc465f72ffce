using PdfSharp.Drawing;

namespace MsixPortal.Features.Records.Export.Pdf;

/// <summary>
/// Draws a section too wide for a table (enrollments hold 32 elements) as one block per row:
/// a title bar from the first two columns (State and submission date), then "label: value"
/// pairs in two columns. Empty values are left out. A block may run onto the next page.
/// </summary>
internal static class PdfBlockLayout
{
    private const int TitleColumns = 2;
    private const double PairWidth = PdfPageWriter.ContentWidth / 2;
    private const double LabelWidth = PairWidth * 0.38;
    private const double ValueWidth = PairWidth - LabelWidth - 6;

    public static void Draw(PdfPageWriter writer, ExportTable table)
    {
        writer.BreakIfNeeded(PdfSectionHeading.Height + 40);
        var fonts = writer.Fonts;
        PdfSectionHeading.Draw(writer, table.Title, 3 * PdfFonts.LineHeight);
        if (table.Rows.Count == 0)
        {
            PdfSectionHeading.DrawEmptyNote(writer);
            return;
        }
        foreach (var row in table.Rows)
        {
            DrawBlock(writer, table, row);
        }
    }

    private static void DrawBlock(PdfPageWriter writer, ExportTable table, object?[] row)
    {
        var fonts = writer.Fonts;
        var title = string.Join("   ", Enumerable.Range(0, Math.Min(TitleColumns, row.Length))
            .Select(c => table.Columns[c].Header + ": " + PdfText.Cell(row[c], table.Columns[c].Kind)));
        var pairs = Enumerable.Range(TitleColumns, Math.Max(0, row.Length - TitleColumns))
            .Select(c => (Label: table.Columns[c].Header, Value: PdfText.Cell(row[c], table.Columns[c].Kind)))
            .Where(pair => pair.Value.Length > 0)
            .Select(pair => (Label: TextWrapper.Wrap(writer.Graphics, pair.Label, fonts.BodyBold, LabelWidth),
                             Value: TextWrapper.Wrap(writer.Graphics, pair.Value, fonts.Body, ValueWidth)))
            .Chunk(2)
            .ToList();
        var first = pairs.Count > 0 ? LineHeight(pairs[0]) : 0;
        if (writer.BreakIfNeeded(PdfFonts.LineHeight + 4 + first))
        {
            PdfSectionHeading.DrawContinued(writer, table.Title);
        }
        DrawTitle(writer, title);
        foreach (var line in pairs)
        {
            if (writer.BreakIfNeeded(LineHeight(line)))
            {
                PdfSectionHeading.DrawContinued(writer, table.Title);
                DrawTitle(writer, title + " (continued)");
            }
            DrawPairs(writer, line);
        }
        writer.Y += 6;
    }

    private static double LineHeight((List<string> Label, List<string> Value)[] line) =>
        (line.Max(pair => Math.Max(pair.Label.Count, pair.Value.Count)) * PdfFonts.LineHeight) + 1;

    private static void DrawTitle(PdfPageWriter writer, string title)
    {
        var height = PdfFonts.LineHeight + 4;
        writer.Graphics.DrawRectangle(XBrushes.Gainsboro, PdfPageWriter.Margin, writer.Y, PdfPageWriter.ContentWidth, height);
        writer.Graphics.DrawString(title, writer.Fonts.BodyBold, XBrushes.Black,
            new XRect(PdfPageWriter.Margin + 2, writer.Y + 2, PdfPageWriter.ContentWidth - 4, PdfFonts.LineHeight), XStringFormats.TopLeft);
        writer.Y += height;
    }

    private static void DrawPairs(PdfPageWriter writer, (List<string> Label, List<string> Value)[] line)
    {
        var fonts = writer.Fonts;
        for (var p = 0; p < line.Length; p++)
        {
            var x = PdfPageWriter.Margin + (p * PairWidth);
            DrawLines(writer, line[p].Label, fonts.BodyBold, x + 2, LabelWidth);
            DrawLines(writer, line[p].Value, fonts.Body, x + LabelWidth + 6, ValueWidth);
        }
        writer.Y += LineHeight(line);
    }

    private static void DrawLines(PdfPageWriter writer, List<string> lines, XFont font, double x, double width)
    {
        for (var l = 0; l < lines.Count; l++)
        {
            writer.Graphics.DrawString(lines[l], font, XBrushes.Black,
                new XRect(x, writer.Y + (l * PdfFonts.LineHeight), width, PdfFonts.LineHeight), XStringFormats.TopLeft);
        }
    }
}
