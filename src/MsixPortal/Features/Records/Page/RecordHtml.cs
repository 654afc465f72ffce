using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MsixPortal.Features.Records.Page;

/// <summary>
/// Small HTML fragments the record views repeat hundreds of times for a large record (a partial
/// view per value would cost a view lookup each). Text is HTML-encoded by the content builder.
/// </summary>
public static class RecordHtml
{
    /// <summary>"TX · 03/01/2024", read by screen readers as "Submitted by TX on 03/01/2024".</summary>
    public static IHtmlContent Source(this IHtmlHelper html, SourceViewModel source)
    {
        var content = new HtmlContentBuilder(9);
        content.AppendHtml("<span class=\"record-source\" title=\"");
        content.Append(source.Description);
        content.AppendHtml("\"><span class=\"usa-sr-only\">Submitted by </span>");
        content.Append(source.StateCode);
        content.AppendHtml("<span aria-hidden=\"true\"> · </span><span class=\"usa-sr-only\"> on </span>");
        content.Append(source.SubmittedOn);
        content.AppendHtml("</span>");
        return content;
    }

    /// <summary>
    /// The value (encoded) in a &lt;bdi&gt;, so that right-to-left text in it (a name) cannot reorder
    /// what follows; or a dash that screen readers hear as "not reported".
    /// </summary>
    public static IHtmlContent ValueOrDash(this IHtmlHelper html, string? value)
    {
        var content = new HtmlContentBuilder(3);
        return value is not null
            ? content.AppendHtml("<bdi>").Append(value).AppendHtml("</bdi>")
            : content.AppendHtml("<span aria-hidden=\"true\">—</span><span class=\"usa-sr-only\">Not reported</span>");
    }
}
