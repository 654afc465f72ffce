using System.Globalization;
using System.Reflection;

namespace MsixPortal.Features.Help;

/// <summary>
/// The help centre's pages, read once from the Markdown files embedded in the app
/// (Features/Help/Articles/*.md, logical name "Help.{slug}.md"). Each file starts with a front
/// matter block of "key: value" lines: title, section, order and summary.
/// </summary>
public sealed class HelpArticles
{
    private const string ResourcePrefix = "Help.";

    public static readonly IReadOnlyList<string> Sections = ["Getting started", "Using the portal", "Incidents and help", "Error messages"];

    public HelpArticles() : this(typeof(HelpArticles).Assembly)
    {
    }

    internal HelpArticles(Assembly assembly)
    {
        All = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".md", StringComparison.Ordinal))
            .Select(name => Parse(name[ResourcePrefix.Length..^3], Read(assembly, name)))
            .OrderBy(a => SectionIndex(a.Section)).ThenBy(a => a.Order).ThenBy(a => a.Title, StringComparer.Ordinal)
            .ToList();
    }

    public IReadOnlyList<HelpArticle> All { get; }

    public HelpArticle? Find(string slug) => All.FirstOrDefault(a => string.Equals(a.Slug, slug, StringComparison.OrdinalIgnoreCase));

    /// <summary>The help page about an error status the portal shows, if there is one.</summary>
    public static string ErrorSlug(int statusCode) => string.Create(CultureInfo.InvariantCulture, $"error-{statusCode}");

    private static HelpArticle Parse(string slug, string markdown)
    {
        var front = FrontMatter(markdown);
        string Field(string key) => front.TryGetValue(key, out var value)
            ? value
            : throw new InvalidOperationException($"Help page {slug}.md has no '{key}:' in its front matter.");
        var section = Field("section");
        if (!Sections.Contains(section))
        {
            throw new InvalidOperationException($"Help page {slug}.md names an unknown section '{section}'.");
        }
        return new HelpArticle(slug, Field("title"), Field("summary"), section,
            int.Parse(Field("order"), CultureInfo.InvariantCulture),
            MarkdownRenderer.ToHtml(markdown), MarkdownRenderer.ToPlainText(markdown));
    }

    private static Dictionary<string, string> FrontMatter(string markdown)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count == 0 || lines[0] != "---")
        {
            return [];
        }
        return lines.Skip(1).TakeWhile(l => l != "---")
            .Select(l => l.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);
    }

    private static int SectionIndex(string section) => Sections.ToList().IndexOf(section);

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
