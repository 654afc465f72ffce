using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace MsixPortal.Features.Reports.Charts;

/// <summary>
/// A chart's SVG, written into the page as markup. Safe without Razor's encoding because every
/// text and attribute in it went through <see cref="System.Xml.Linq.XElement"/>, which escapes
/// them (a State or report label can hold no markup); RawHtmlScanTests lists this type as one
/// of the two reviewed ways to write markup.
/// </summary>
public sealed class SvgMarkup(string svg) : IHtmlContent
{
    public static SvgMarkup Empty { get; } = new("");

    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(svg);

    public override string ToString() => svg;
}
