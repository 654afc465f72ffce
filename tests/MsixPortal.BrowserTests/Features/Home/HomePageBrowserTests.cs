using Microsoft.Playwright;

namespace MsixPortal.BrowserTests.Features.Home;

[Collection(BrowserSuite.Name)]
public class HomePageBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Open_Anonymous_ShowsAccessiblePortalHome(int width)
    {
        var page = await browser.OpenAsync("/", width);

        await BrowserFixture.ScreenshotAsync(page, $"home-{width}");
        Assert.Equal("Home – MSIX Portal", await page.TitleAsync());
        Assert.True(await page.Locator(".usa-banner").IsVisibleAsync());
        Assert.Contains("FERPA", await page.Locator(".usa-site-alert").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("main a[href='/account/notice']").IsVisibleAsync());
        Assert.True(await page.Locator("main a[href='/account/apply']").IsVisibleAsync());
        await BrowserFixture.AssertAccessibleAsync(page);
        browser.AssertNoBrowserErrors(page);
    }

    [Fact]
    public async Task Open_Desktop_GovernmentBannerExpands()
    {
        var page = await browser.OpenAsync("/", Viewport.Desktop);
        var explanation = page.Locator("#gov-banner");
        Assert.False(await explanation.IsVisibleAsync());
        // The hidden explanation's icons load lazily: not on the first paint, only once opened.
        Assert.Equal(0, await BannerIconsLoadedAsync(page));

        await page.Locator(".usa-banner__button").ClickAsync();

        Assert.True(await explanation.IsVisibleAsync());
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#gov-banner img')].every(i => i.complete && i.naturalWidth > 0)");
        Assert.Equal(3, await BannerIconsLoadedAsync(page));
        Assert.Equal("true", await page.Locator(".usa-banner__button").GetAttributeAsync("aria-expanded"));
        browser.AssertNoBrowserErrors(page);
    }

    private static Task<int> BannerIconsLoadedAsync(IPage page) =>
        page.EvaluateAsync<int>("() => performance.getEntriesByType('resource').filter(e => /icon-dot-gov|icon-https|lock\\./.test(e.name)).length");

    [Fact]
    public async Task Open_Phone_MenuButtonRevealsNavigation()
    {
        var page = await browser.OpenAsync("/", Viewport.Phone);
        var navigation = page.Locator("nav.usa-nav");
        Assert.False(await navigation.IsVisibleAsync());

        await page.Locator(".usa-menu-btn").ClickAsync();

        Assert.True(await navigation.IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, $"home-{Viewport.Phone}-menu", fullPage: false);
        await BrowserFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Open_Phone_NothingWiderThanTheScreen()
    {
        var page = await browser.OpenAsync("/", Viewport.Phone);

        var tooWide = await BrowserFixture.ElementsWiderThanAsync(page, Viewport.Phone);

        Assert.True(tooWide.Length == 0, $"Wider than {Viewport.Phone}px: {string.Join(", ", tooWide)}");
    }
}
