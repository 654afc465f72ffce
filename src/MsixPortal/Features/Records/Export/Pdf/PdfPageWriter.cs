using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MsixPortal.Features.Records.Export.Pdf;

/// <summary>
/// Flows content down landscape Letter pages: every page gets the MSIX ID and PII notice header;
/// <see cref="Finish"/> adds "Page X of Y" once the page count is known.
/// </summary>
internal sealed class PdfPageWriter : IDisposable
{
    public const double PageWidth = 792;
    public const double PageHeight = 612;
    public const double Margin = 36;
    public const double ContentWidth = PageWidth - (2 * Margin);

    private const double ContentBottom = PageHeight - Margin - 12;

    private readonly PdfDocument _document;
    private readonly string _msixId;
    private readonly string _exportedAt;
    private XGraphics? _graphics;

    public PdfPageWriter(PdfDocument document, string msixId, DateTime generatedAtUtc)
    {
        _document = document;
        _msixId = msixId;
        _exportedAt = generatedAtUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
    }

    public PdfFonts Fonts { get; } = new();

    public XGraphics Graphics => _graphics ?? throw new InvalidOperationException("No page yet.");

    /// <summary>The top of the free space on the current page.</summary>
    public double Y { get; set; }

    public double Remaining => ContentBottom - Y;

    /// <summary>The most a page can hold below its header.</summary>
    public static double PageCapacity => ContentBottom - HeaderBottom;

    private static double HeaderBottom => Margin + 30;

    public void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        DrawHeader(_graphics);
        Y = HeaderBottom;
    }

    /// <summary>Starts a new page when <paramref name="height"/> does not fit; returns whether it did.</summary>
    public bool BreakIfNeeded(double height)
    {
        if (_graphics is not null && height <= Remaining)
        {
            return false;
        }
        NewPage();
        return true;
    }

    public void Finish()
    {
        _graphics?.Dispose();
        _graphics = null;
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = string.Create(CultureInfo.InvariantCulture, $"Page {i + 1} of {count}");
            graphics.DrawString(text, Fonts.Small, XBrushes.Black,
                new XRect(Margin, PageHeight - Margin, ContentWidth, 12), XStringFormats.TopCenter);
        }
    }

    public void Dispose() => _graphics?.Dispose();

    private void DrawHeader(XGraphics graphics)
    {
        graphics.DrawString("MSIX ID " + _msixId, Fonts.Heading, XBrushes.Black,
            new XRect(Margin, Margin - 14, ContentWidth, 14), XStringFormats.TopLeft);
        graphics.DrawString("Consolidated student record · exported " + _exportedAt, Fonts.Small, XBrushes.Black,
            new XRect(Margin, Margin - 12, ContentWidth, 12), XStringFormats.TopRight);
        var y = Margin + 2;
        foreach (var line in TextWrapper.Wrap(graphics, PiiNotice.Text, Fonts.Notice, ContentWidth))
        {
            graphics.DrawString(line, Fonts.Notice, XBrushes.DarkRed,
                new XRect(Margin, y, ContentWidth, 9), XStringFormats.TopLeft);
            y += 9;
        }
        graphics.DrawLine(XPens.Gray, Margin, Margin + 22, PageWidth - Margin, Margin + 22);
    }
}
