using System.Collections.Concurrent;
using Microsoft.Playwright;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests;

/// <summary>
/// The real portal on Kestrel against a fresh test database, and the system Chromium driven by
/// Playwright (no browser download). Journeys open pages with <see cref="OpenAsync"/>, check them
/// with <see cref="AssertAccessibleAsync"/> and <see cref="AssertNoBrowserErrors"/>, and keep
/// pictures with <see cref="ScreenshotAsync"/> (in test-output/browser at the repository root).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; MSIX_CHROMIUM overrides it.</summary>
    private static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("MSIX_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];
    private readonly ConcurrentDictionary<IPage, ConcurrentQueue<string>> _errors = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public KestrelPortalAppFactory Portal { get; } = new();

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task InitializeAsync()
    {
        await Portal.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies) with a window <paramref name="width"/> px wide.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width)
    {
        var phone = width < Viewport.Desktop / 2;
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = phone ? 780 : 900 },
            IsMobile = phone,
            HasTouch = phone,
            Locale = "en-US",
        });
        _contexts.Add(context);
        return context;
    }

    /// <summary>Opens <paramref name="path"/> in a new context <paramref name="width"/> px wide.</summary>
    public async Task<IPage> OpenAsync(string path, int width)
    {
        var context = await NewContextAsync(width);
        var page = await NewPageAsync(context);
        var response = await page.GotoAsync(path);
        Assert.True(response is not null, $"No response for {path}.");
        return page;
    }

    /// <summary>A new page in <paramref name="context"/> whose console errors and failed requests are recorded.</summary>
    public async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var errors = _errors.GetOrAdd(page, _ => new ConcurrentQueue<string>());
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Enqueue($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Enqueue($"script: {error}");
        page.RequestFailed += (_, request) =>
        {
            // ERR_ABORTED is the browser dropping a request because the page moved on (a form
            // submitted while the last page's script was still loading), not a failure of the portal.
            if (request.Failure?.Contains("net::ERR_ABORTED", StringComparison.Ordinal) != true)
            {
                errors.Enqueue($"request failed: {request.Url} {request.Failure}");
            }
        };
        return page;
    }

    /// <summary>axe-core finds no serious or critical violation on the page as it is now.</summary>
    public static Task AssertAccessibleAsync(IPage page) => AxeCheck.AssertNoSeriousViolationsAsync(page);

    /// <summary>The visible elements that stick out past <paramref name="width"/> px (tag and classes), for phone layouts.</summary>
    public static Task<string[]> ElementsWiderThanAsync(IPage page, int width) =>
        page.EvaluateAsync<string[]>(
            "width => [...document.querySelectorAll('body *')]" +
            ".filter(e => getComputedStyle(e).visibility !== 'hidden' && e.getBoundingClientRect().right > width + 0.5)" +
            ".map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))",
            width);

    /// <summary>No script error, console error (e.g. a CSP violation) or failed request so far.</summary>
    public void AssertNoBrowserErrors(IPage page)
    {
        var errors = _errors.TryGetValue(page, out var recorded) ? recorded.ToList() : [];
        Assert.True(errors.Count == 0, $"Browser errors on {page.Url}:\n{string.Join('\n', errors)}");
    }

    /// <summary>
    /// Saves a PNG (the whole page, or only what the window shows) as
    /// test-output/browser/<paramref name="name"/>.png; returns its path.
    /// </summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(TestOutput.Directory("browser"), $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await Portal.DisposeAsync();
    }
}
