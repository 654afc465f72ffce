using PdfSharp.Drawing;

namespace MsixPortal.Features.Records.Export.Pdf;

/// <summary>The few fonts a record PDF uses, all DejaVu Sans.</summary>
internal sealed class PdfFonts
{
    public XFont Body { get; } = new(DejaVuFontResolver.FamilyName, 7.5, XFontStyleEx.Regular);

    public XFont BodyBold { get; } = new(DejaVuFontResolver.FamilyName, 7.5, XFontStyleEx.Bold);

    public XFont Heading { get; } = new(DejaVuFontResolver.FamilyName, 11, XFontStyleEx.Bold);

    public XFont Small { get; } = new(DejaVuFontResolver.FamilyName, 7, XFontStyleEx.Regular);

    public XFont Notice { get; } = new(DejaVuFontResolver.FamilyName, 6.5, XFontStyleEx.Bold);

    /// <summary>Line height for body text.</summary>
    public const double LineHeight = 9.5;
}
