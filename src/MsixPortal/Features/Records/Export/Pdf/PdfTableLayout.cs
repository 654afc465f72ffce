using PdfSharp.Drawing;

namespace MsixPortal.Features.Records.Export.Pdf;

/// <summary>
/// Draws a section as a table with wrapped cells; when a row does not fit, the table goes on on a
/// new page under the section title "(continued)" and the repeated header row.
/// </summary>
internal static class PdfTableLayout
{
    private const double Padding = 2;
    private const double MaxNaturalWidth = 170;

    public static void Draw(PdfPageWriter writer, ExportTable table)
    {
        writer.BreakIfNeeded(PdfSectionHeading.Height + 40);
        var widths = ColumnWidths(writer, table);
        var fonts = writer.Fonts;
        var header = Wrap(writer, table.Columns.Select(c => c.Header).ToArray(), widths, fonts.BodyBold);
        var rows = table.Rows.Select(row => Wrap(writer, CellTexts(table, row), widths, fonts.Body)).ToList();
        var headerAlignment = table.Columns.Select(_ => XStringFormats.TopLeft).ToArray();
        var bodyAlignment = table.Columns
            .Select(c => c.Kind is ExportCellKind.Number or ExportCellKind.WholeNumber ? XStringFormats.TopRight : XStringFormats.TopLeft)
            .ToArray();
        PdfSectionHeading.Draw(writer, table.Title, Height(header) + (rows.Count > 0 ? Height(rows[0]) : 0));
        DrawRow(writer, header, widths, headerAlignment, fonts.BodyBold, XBrushes.Gainsboro);
        if (rows.Count == 0)
        {
            PdfSectionHeading.DrawEmptyNote(writer);
            return;
        }
        for (var i = 0; i < rows.Count; i++)
        {
            if (writer.BreakIfNeeded(Height(rows[i])))
            {
                PdfSectionHeading.DrawContinued(writer, table.Title);
                DrawRow(writer, header, widths, headerAlignment, fonts.BodyBold, XBrushes.Gainsboro);
            }
            DrawRow(writer, rows[i], widths, bodyAlignment, fonts.Body, i % 2 == 1 ? XBrushes.WhiteSmoke : null);
        }
        writer.Y += 8;
    }

    private static string[] CellTexts(ExportTable table, object?[] row) =>
        row.Select((value, i) => PdfText.Cell(value, table.Columns[i].Kind)).ToArray();

    /// <summary>Widths in proportion to each column's widest content, filling the page width.</summary>
    private static double[] ColumnWidths(PdfPageWriter writer, ExportTable table)
    {
        var graphics = writer.Graphics;
        var natural = new double[table.Columns.Count];
        for (var c = 0; c < natural.Length; c++)
        {
            var column = table.Columns[c];
            var widest = column.Header.Split(' ').Max(word => graphics.MeasureString(word, writer.Fonts.BodyBold).Width);
            foreach (var row in table.Rows)
            {
                var text = PdfText.Cell(row[c], column.Kind);
                widest = Math.Max(widest, Math.Min(MaxNaturalWidth, graphics.MeasureString(text, writer.Fonts.Body).Width));
            }
            natural[c] = widest + (2 * Padding) + 1;
        }
        var scale = PdfPageWriter.ContentWidth / natural.Sum();
        return natural.Select(width => width * scale).ToArray();
    }

    /// <summary>Wraps each cell; a row never grows past one page (a longer cell is cut with an ellipsis).</summary>
    private static List<string>[] Wrap(PdfPageWriter writer, string[] texts, double[] widths, XFont font)
    {
        var maxLines = (int)((PdfPageWriter.PageCapacity - 80) / PdfFonts.LineHeight);
        return texts.Select((text, c) =>
        {
            var lines = TextWrapper.Wrap(writer.Graphics, text, font, widths[c] - (2 * Padding));
            return lines.Count <= maxLines ? lines : [.. lines.Take(maxLines - 1), "…"];
        }).ToArray();
    }

    private static double Height(List<string>[] cells) =>
        (cells.Max(lines => lines.Count) * PdfFonts.LineHeight) + (2 * Padding);

    private static void DrawRow(PdfPageWriter writer, List<string>[] cells, double[] widths, XStringFormat[] alignment,
        XFont font, XBrush? background)
    {
        var graphics = writer.Graphics;
        var height = Height(cells);
        if (background is not null)
        {
            graphics.DrawRectangle(background, PdfPageWriter.Margin, writer.Y, PdfPageWriter.ContentWidth, height);
        }
        var x = PdfPageWriter.Margin;
        for (var c = 0; c < cells.Length; c++)
        {
            for (var l = 0; l < cells[c].Count; l++)
            {
                var rect = new XRect(x + Padding, writer.Y + Padding + (l * PdfFonts.LineHeight),
                    widths[c] - (2 * Padding), PdfFonts.LineHeight);
                graphics.DrawString(cells[c][l], font, XBrushes.Black, rect, alignment[c]);
            }
            x += widths[c];
        }
        graphics.DrawLine(XPens.LightGray, PdfPageWriter.Margin, writer.Y + height, PdfPageWriter.Margin + PdfPageWriter.ContentWidth, writer.Y + height);
        writer.Y += height;
    }
}
