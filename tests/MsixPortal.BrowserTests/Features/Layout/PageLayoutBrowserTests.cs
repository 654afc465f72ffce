using System.Globalization;
using Microsoft.Playwright;
using MsixPortal.Authorization;

namespace MsixPortal.BrowserTests.Features.Layout;

/// <summary>
/// Every page sits in the layout's grid container (issue 18 point 4): at 1280 px its heading lines
/// up with the header's logo instead of the window's edge; at 360 px nothing is wider than the
/// screen. The pages are every GET route of the authorization matrix (tests/MsixPortal.Tests/
/// Authorization/authorization-matrix.csv), each opened by the first caller the matrix lets in;
/// downloads (anything but HTML) are left out.
/// </summary>
[Collection(BrowserSuite.Name)]
public class PageLayoutBrowserTests(BrowserFixture browser)
{
    private const string Anonymous = "Anonymous";

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task EveryPage_InTheGridContainer_AlignedWithTheHeaderAndNoWiderThanTheScreen(int width)
    {
        var pages = new Dictionary<string, IPage>(StringComparer.Ordinal);
        var problems = new List<string>();
        var visited = 0;
        foreach (var (url, caller) in PagesToWalk())
        {
            if (!pages.TryGetValue(caller, out var page))
            {
                page = caller == Anonymous
                    ? await AnonymousAsync(width)
                    : await browser.SignInAsync(width, caller, caller == PortalRoles.NationalAdministrator ? null : "TX");
                pages[caller] = page;
            }
            var response = await page.GotoAsync(url);
            if (response?.Headers.GetValueOrDefault("content-type")?.StartsWith("text/html", StringComparison.Ordinal) != true)
            {
                continue;
            }
            visited++;
            var problem = width == Viewport.Desktop ? await MisalignedAsync(page) : await TooWideAsync(page, width);
            if (problem is not null)
            {
                problems.Add($"{url} as {caller} (shown: {new Uri(page.Url).AbsolutePath}): {problem}");
                await BrowserFixture.ScreenshotAsync(page, $"layout-{width}-{problems.Count}", fullPage: false);
            }
        }

        Assert.True(visited > 40, $"only {visited} pages were walked");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>Each GET page of the matrix (templated routes through their sample) with the first caller it allows.</summary>
    private static IEnumerable<(string Url, string Caller)> PagesToWalk()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Features", "Layout", "authorization-matrix.csv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            // No row of the matrix quotes a field today; a quoted one (a comma inside) needs a real CSV reader here.
            .Select(line => line.Contains('"', StringComparison.Ordinal)
                ? throw new InvalidOperationException("authorization-matrix.csv: quoted fields are not read here: " + line)
                : line.Split(','))
            .ToList();
        var callers = lines[0][3..];
        foreach (var fields in lines.Skip(1).Where(f => f[0] == "GET" && !f[1].StartsWith("/api/", StringComparison.Ordinal)))
        {
            var url = fields[2].Length > 0 ? fields[2] : fields[1];
            var allowed = Array.FindIndex(fields[3..], outcome => outcome == "allow");
            if (url.Contains('{', StringComparison.Ordinal) || allowed < 0 || IsDownload(url))
            {
                continue;
            }
            yield return (url, callers[allowed]);
        }
    }

    /// <summary>A file (code-lists.csv, errors.xlsx, export.csv): the browser downloads it instead of showing a page.</summary>
    private static bool IsDownload(string url) => Path.HasExtension(url.Split('?')[0].Split('/')[^1]);

    private async Task<IPage> AnonymousAsync(int width)
    {
        var page = await browser.OpenAsync("/account/notice", width);
        await page.ClickAsync("main button[type=submit]");
        return page;
    }

    /// <summary>The page's heading should start where the header's logo starts (the grid container's edge).</summary>
    private static async Task<string?> MisalignedAsync(IPage page)
    {
        var lefts = await page.EvaluateAsync<double[]>("""
            () => {
              const logo = document.querySelector('header .usa-logo');
              const heading = document.querySelector('main h1');
              return logo && heading ? [logo.getBoundingClientRect().left, heading.getBoundingClientRect().left] : [];
            }
            """);
        if (lefts.Length == 0)
        {
            return "no logo or no h1";
        }
        return Math.Abs(lefts[0] - lefts[1]) <= 2 ? null
            : string.Create(CultureInfo.InvariantCulture, $"h1 starts at {lefts[1]:0} px, the header's logo at {lefts[0]:0} px");
    }

    /// <summary>
    /// Visible elements past the screen's right edge, except inside a region that scrolls sideways on
    /// its own (a wide table or chart in a scroll container is meant to be panned, the page is not).
    /// </summary>
    private static async Task<string?> TooWideAsync(IPage page, int width)
    {
        var wide = await page.EvaluateAsync<string[]>("""
            width => {
              const scrolls = e => { for (let a = e.parentElement; a; a = a.parentElement) {
                  const x = getComputedStyle(a).overflowX;
                  if ((x === 'auto' || x === 'scroll') && a.getBoundingClientRect().right <= width + 0.5) return true; }
                return false; };
              return [...document.querySelectorAll('body *')]
                .filter(e => getComputedStyle(e).visibility !== 'hidden' && e.getBoundingClientRect().right > width + 0.5 && !scrolls(e))
                .map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'));
            }
            """, width);
        return wide.Length == 0 ? null : "wider than the screen: " + string.Join(", ", wide.Take(5));
    }
}
