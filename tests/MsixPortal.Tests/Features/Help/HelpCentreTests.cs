using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.DataElements;
using MsixPortal.Features.Errors;
using MsixPortal.Features.Help;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Help;

/// <summary>The help centre: public, Markdown pages rendered and searchable, the glossary from the catalogue, a page per error.</summary>
public class HelpCentreTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Index_Visitor_ListsEveryPageWithoutSigningIn()
    {
        var page = await HtmlPage.GetAsync(factory.CreatePortalClient(), "/help");
        var articles = factory.Services.GetRequiredService<HelpArticles>().All;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.All(articles, a => Assert.NotNull(page.Document.QuerySelector($"main a[href='/help/{a.Slug}']")));
        Assert.Contains(articles, a => a.Slug == "authenticator");
        Assert.Contains(articles, a => a.Slug == "apply");
        Assert.Contains(articles, a => a.Slug == "upload-a-file");
    }

    [Fact]
    public async Task Article_MarkdownFile_RenderedAsHtml()
    {
        var page = await HtmlPage.GetAsync(factory.CreatePortalClient(), "/help/sign-in");

        Assert.Equal("Sign in, and what to do when you cannot", page.Text("[data-testid=help-article] h1"));
        Assert.Equal(3, page.Document.QuerySelectorAll("[data-testid=help-article] ol li").Length);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=help-article] a[href='/help/authenticator']"));
        Assert.DoesNotContain("section:", page.Text("[data-testid=help-article]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_WordsOfAPageOrADataElement_FoundWithLinks()
    {
        var client = factory.CreatePortalClient();

        var recovery = await HtmlPage.GetAsync(client, "/help?q=recovery+codes");
        var birth = await HtmlPage.GetAsync(client, "/help?q=multiple+birth");
        var nothing = await HtmlPage.GetAsync(client, "/help?q=zzzqqq");

        Assert.NotNull(recovery.Document.QuerySelector("[data-testid=help-results] a[href='/help/authenticator']"));
        Assert.NotNull(birth.Document.QuerySelector("[data-testid=help-results] a[href='/help/glossary#mde-11']"));
        Assert.Contains("Nothing in the help centre matches", nothing.Text("[data-testid=help-results]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Glossary_EveryElementOfTheCatalogue_WithItsDefinition()
    {
        var page = await HtmlPage.GetAsync(factory.CreatePortalClient(), "/help/glossary");
        var terms = page.Document.QuerySelectorAll("[data-testid=glossary] dt");

        Assert.Equal(DataElementCatalogue.All.Count, terms.Length);
        var birthDate = DataElementCatalogue.ByNumber(10);
        Assert.Equal(birthDate.DisplayName, page.Text("#mde-10"));
        Assert.Contains(birthDate.Definition, page.Document.QuerySelector("#mde-10")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(405)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task ErrorPage_EveryStatusThePortalShows_LinksToItsHelpPageAndTheHelpDeskWithTheReference(int status)
    {
        var client = factory.CreatePortalClient();

        var error = await HtmlPage.GetAsync(client, status == 500 ? "/error" : $"/error/{status}");
        var help = error.Document.QuerySelector("[data-testid=error-help]")!.GetAttribute("href")!;
        var helpPage = await HtmlPage.GetAsync(client, help);
        var reference = error.Text("[data-testid=correlation-id]");
        var contact = await HtmlPage.GetAsync(client, error.Document.QuerySelector("[data-testid=contact-help-desk]")!.GetAttribute("href")!);

        Assert.Equal($"/help/error-{status}", help);
        Assert.Equal(HttpStatusCode.OK, helpPage.StatusCode);
        Assert.Contains(StatusPageViewModel.For(status, "").Title.Split(' ')[0], helpPage.Text("h1"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(reference));
        Assert.Equal(reference, (contact.Document.QuerySelector("#correlation-id") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
    }

    [Fact]
    public async Task Footer_OnEveryPage_PointsToTheHelpCentreAndTheHelpDeskWithTheReference()
    {
        var page = await HtmlPage.GetAsync(factory.CreatePortalClient(), "/account/apply");

        var links = page.Document.QuerySelectorAll("[data-testid=footer-help] a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/help", links);
        Assert.Contains(links, l => l!.StartsWith("/help/contact?reference=", StringComparison.Ordinal) && l.Length > "/help/contact?reference=".Length);
    }

    [Fact]
    public async Task Article_UnknownSlug_NotFound()
    {
        var response = await factory.CreatePortalClient().GetAsync(new Uri("/help/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
