using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace MsixPortal.TestSupport;

/// <summary>A page object: the response of a GET or POST, parsed with AngleSharp.</summary>
public sealed class HtmlPage
{
    private static readonly HtmlParser Parser = new();

    private HtmlPage(HttpResponseMessage response, IHtmlDocument document)
    {
        Response = response;
        Document = document;
    }

    public HttpResponseMessage Response { get; }
    public IHtmlDocument Document { get; }
    public HttpStatusCode StatusCode => Response.StatusCode;

    public string? LocationPath() => Response.LocationPath();
    public Uri? Location => Response.Headers.Location;

    /// <summary>The error summary and field messages the page shows.</summary>
    public string Errors => string.Join(" | ", Document.QuerySelectorAll(".usa-alert--error, .field-validation-error")
        .Select(e => e.TextContent.Trim()));

    public static async Task<HtmlPage> LoadAsync(HttpResponseMessage response) =>
        new(response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url) =>
        await LoadAsync(await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute)));

    /// <summary>The form whose action is <paramref name="action"/>, or the first form of the page's main content.</summary>
    public HtmlForm Form(string? action = null)
    {
        var forms = Document.Forms.ToList();
        // Without an action: the page's own form, not the layout's sign-out form in the header.
        var form = action is null
            ? forms.FirstOrDefault(f => f.Closest("main") is not null) ?? forms.FirstOrDefault()
            : forms.FirstOrDefault(f => string.Equals(f.GetAttribute("action"), action, StringComparison.OrdinalIgnoreCase));
        return new HtmlForm(form ?? throw new InvalidOperationException(
            $"No form {action} on the page ({StatusCode}): {Document.Title}"));
    }

    public string Text(string selector) => Document.QuerySelector(selector)?.TextContent.Trim() ?? "";
}
