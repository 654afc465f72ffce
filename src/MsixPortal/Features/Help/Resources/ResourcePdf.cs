using MsixPortal.Features.Records.Export.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MsixPortal.Features.Help.Resources;

/// <summary>One block of a printable resource: a heading and its lines (each wrapped, "• " lines as bullets).</summary>
public sealed record ResourceSection(string Heading, IReadOnlyList<string> Lines);

/// <summary>
/// A printable help resource on portrait Letter pages with PDFsharp and the DejaVu fonts the record
/// PDFs use: a title, an introduction and sections, flowing onto new pages as needed.
/// </summary>
public static class ResourcePdf
{
    private const double PageWidth = 612;
    private const double PageHeight = 792;
    private const double Margin = 54;
    private const double Width = PageWidth - (2 * Margin);

    public static byte[] Render(string title, string introduction, IEnumerable<ResourceSection> sections)
    {
        DejaVuFontResolver.EnsureRegistered();
        var titleFont = new XFont(DejaVuFontResolver.FamilyName, 18, XFontStyleEx.Bold);
        var headingFont = new XFont(DejaVuFontResolver.FamilyName, 12, XFontStyleEx.Bold);
        var bodyFont = new XFont(DejaVuFontResolver.FamilyName, 10, XFontStyleEx.Regular);
        using var document = new PdfDocument();
        document.Info.Title = title;
        XGraphics? graphics = null;
        var y = 0.0;

        void Line(string text, XFont font, double height, double indent = 0)
        {
            foreach (var wrapped in TextWrapper.Wrap(graphics!, text, font, Width - indent))
            {
                if (y + height > PageHeight - Margin)
                {
                    NewPage();
                }
                graphics!.DrawString(wrapped, font, XBrushes.Black, new XRect(Margin + indent, y, Width - indent, height), XStringFormats.TopLeft);
                y += height;
            }
        }

        void NewPage()
        {
            graphics?.Dispose();
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            graphics = XGraphics.FromPdfPage(page);
            y = Margin;
        }

        NewPage();
        Line(title, titleFont, 24);
        y += 6;
        Line(introduction, bodyFont, 14);
        foreach (var section in sections)
        {
            y += 10;
            Line(section.Heading, headingFont, 17);
            foreach (var text in section.Lines)
            {
                Line(text, bodyFont, 14, text.StartsWith('•') ? 8 : 0);
            }
        }
        graphics?.Dispose();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
