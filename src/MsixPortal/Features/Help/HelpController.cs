using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MsixPortal.Features.Help;

/// <summary>
/// The help centre: readable without signing in (a locked-out user needs it most). Pages are
/// Markdown files of the repository; the glossary is the data-element catalogue.
/// </summary>
[AllowAnonymous]
[Route("help")]
public sealed class HelpController(HelpArticles articles, HelpSearch search) : Controller
{
    [HttpGet("")]
    public IActionResult Index(string? q) =>
        View(new HelpIndexViewModel(articles.All, q, string.IsNullOrWhiteSpace(q) ? null : search.Find(q)));

    [HttpGet("glossary")]
    public IActionResult Glossary() => View();

    [HttpGet("{slug}")]
    public IActionResult Article(string slug) => articles.Find(slug) is { } article ? View(article) : NotFound();
}

/// <summary>The help centre's contents, and the search results (null when nothing was searched).</summary>
public sealed record HelpIndexViewModel(IReadOnlyList<HelpArticle> Articles, string? Query, IReadOnlyList<HelpSearchHit>? Results);
