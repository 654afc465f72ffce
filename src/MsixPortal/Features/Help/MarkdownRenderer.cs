using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace MsixPortal.Features.Help;

/// <summary>
/// Markdown to HTML with Markdig, for the help centre's pages and the published Rules of Behavior.
/// Raw HTML in the Markdown is written out as text (DisableHtml), and a link or image whose address
/// is not http(s), mailto or a path of the portal loses its address: a rules text typed by an
/// administrator can neither run script nor be turned into a trap.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers()
        .DisableHtml()
        .Build();

    public static MarkdownHtml ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)))
        {
            link.Url = "";
        }
        return new MarkdownHtml(document.ToHtml(Pipeline));
    }

    /// <summary>The words of a Markdown text without its markup, for searching.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline);

    private static bool IsSafeUrl(string? url) =>
        string.IsNullOrEmpty(url)
        || (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        || url.StartsWith('#')
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// HTML that Markdig produced from Markdown with raw HTML disabled (see <see cref="MarkdownRenderer"/>):
/// Markdig escapes every text it writes, so this is the one kind of markup the views write unencoded.
/// </summary>
public sealed class MarkdownHtml(string html) : IHtmlContent
{
    public string Html { get; } = html;

    public void WriteTo(TextWriter writer, System.Text.Encodings.Web.HtmlEncoder encoder) => writer.Write(Html);

    public override string ToString() => Html;
}
