using System.Text;
using AngleSharp.Dom;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Reports;

/// <summary>Reads a report page's table (and its CSV export) as rows of cell texts.</summary>
public static class ReportPages
{
    /// <summary>The page's first table, or the one whose file stem is <paramref name="stem"/>.</summary>
    public static async Task<ReportTable> TableAsync(HttpClient client, string url, string? stem = null)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.True(page.StatusCode == System.Net.HttpStatusCode.OK, $"{url}: {page.StatusCode} {page.Errors}");
        var selector = stem is null ? "[data-testid=report-table]" : $"[data-testid=report-table][data-table={stem}]";
        var table = page.Document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No table {selector} on {url}");
        var rows = table.QuerySelectorAll("tbody tr")
            .Select(tr => (IReadOnlyList<string>)[.. tr.Children.Select(cell => cell.TextContent.Trim())])
            .ToList();
        return new ReportTable(page, rows);
    }

    public static async Task<string> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
    }
}

public sealed record ReportTable(HtmlPage Page, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The rows whose first cells are <paramref name="keys"/>, e.g. ("WY", "Move notices within 4 working days").</summary>
    public IReadOnlyList<string> Row(params string[] keys) =>
        Rows.SingleOrDefault(r => r.Take(keys.Length).SequenceEqual(keys))
            ?? throw new Xunit.Sdk.XunitException($"No row {string.Join(" | ", keys)} in:\n{Dump()}");

    public IReadOnlyList<string> RowStartingWith(int column, string value) =>
        Rows.SingleOrDefault(r => r[column] == value) ?? throw new Xunit.Sdk.XunitException($"No row with {value} in column {column}:\n{Dump()}");

    public IEnumerable<string> Column(int index) => Rows.Select(r => r[index]);

    public string Dump() => string.Join('\n', Rows.Select(r => string.Join(" | ", r)));

    public IElement? Chart => Page.Document.QuerySelector("[data-testid=report-chart] svg");
}
