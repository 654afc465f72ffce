using MsixPortal.DataElements;

namespace MsixPortal.Features.Help;

/// <summary>One thing a help search found: a help page, or a data element of the glossary.</summary>
public sealed record HelpSearchHit(string Title, string Link, string Summary);

/// <summary>
/// Searches the help pages and the glossary for every word of a query (case-insensitive), title
/// matches first. A few dozen pages: an in-memory scan is all it needs.
/// </summary>
public sealed class HelpSearch(HelpArticles articles)
{
    public IReadOnlyList<HelpSearchHit> Find(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return [];
        }
        var pages = articles.All
            .Where(a => words.All(w => Contains(a.Title + " " + a.PlainText, w)))
            .OrderByDescending(a => words.Count(w => Contains(a.Title, w)))
            .Select(a => new HelpSearchHit(a.Title, $"/help/{a.Slug}", a.Summary));
        var elements = DataElementCatalogue.All
            .Where(e => words.All(w => Contains(e.DisplayName + " " + e.Definition, w)))
            .Select(e => new HelpSearchHit(e.DisplayName, $"/help/glossary#{Glossary.Anchor(e)}", e.Definition));
        return [.. pages, .. elements];
    }

    private static bool Contains(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
