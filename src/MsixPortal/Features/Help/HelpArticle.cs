namespace MsixPortal.Features.Help;

/// <summary>
/// One page of the help centre, read from a Markdown file of Features/Help/Articles: its slug is the
/// file name without ".md" (the page is /help/{slug}), listed under its section in its order.
/// </summary>
public sealed record HelpArticle(
    string Slug, string Title, string Summary, string Section, int Order, MarkdownHtml Html, string PlainText);
