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

        await page.Locator(".usa-banner__button").ClickAsync();

        Assert.True(await explanation.IsVisibleAsync());
        Assert.Equal("true", await page.Locator(".usa-banner__button").GetAttributeAsync("aria-expanded"));
        browser.AssertNoBrowserErrors(page);
    }

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
