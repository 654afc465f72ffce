using Microsoft.AspNetCore.Html;
using MsixPortal.Features.Help;
using MsixPortal.Features.Reports.Charts;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security;

/// <summary>
/// security.md 25: Razor encodes everything it writes unless told not to. This scan finds every
/// way of telling it not to in the app's source; none may exist, so user data is always escaped.
/// A type of the app that writes itself as HTML (<see cref="IHtmlContent"/>) bypasses encoding too:
/// only the reviewed ones below may exist, each escaping what it writes for a reason its own comment gives.
/// </summary>
public class RawHtmlScanTests
{
    /// <summary>Markdig output with raw HTML disabled; SVG built with XElement, which escapes every text.</summary>
    private static readonly Type[] ReviewedHtmlContent = [typeof(MarkdownHtml), typeof(SvgMarkup)];

    private static readonly string[] Bypasses = ["Html.Raw(", "new HtmlString(", "HtmlContentBuilder().AppendHtml(", "@Html.Raw"];

    [Fact]
    public void AppSource_HasNoRawHtmlOutput()
    {
        var source = Path.Combine(RepositoryRoot.Path, "src");

        var findings = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cshtml", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, number: index + 1)))
            .Where(found => Bypasses.Any(bypass => found.line.Contains(bypass, StringComparison.Ordinal)))
            .Select(found => $"{Path.GetRelativePath(RepositoryRoot.Path, found.file)}:{found.number}: {found.line.Trim()}")
            .ToList();

        Assert.True(findings.Count == 0, "Raw HTML output found:\n" + string.Join('\n', findings));
    }

    [Fact]
    public void AppAssembly_WritesHtmlOnlyThroughReviewedTypes()
    {
        var htmlContent = typeof(MarkdownHtml).Assembly.GetTypes()
            .Where(type => typeof(IHtmlContent).IsAssignableFrom(type) && !type.IsInterface)
            .Where(type => !type.Name.StartsWith('<'))
            .Where(type => type.BaseType?.FullName?.StartsWith("Microsoft.AspNetCore.Mvc.Razor.RazorPage", StringComparison.Ordinal) != true
                && !typeof(Microsoft.AspNetCore.Mvc.Razor.IRazorPage).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(ReviewedHtmlContent.OrderBy(type => type.FullName, StringComparer.Ordinal), htmlContent);
    }
}
