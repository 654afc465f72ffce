namespace MsixPortal.BrowserTests.Features.Errors;

[Collection(BrowserSuite.Name)]
public class ErrorPageBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Open_NotFoundPage_ShowsAccessibleFriendlyPageWithReference(int width)
    {
        var page = await browser.OpenAsync("/error/404", width);

        await BrowserFixture.ScreenshotAsync(page, $"error-404-{width}");
        Assert.Equal("Page not found", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("[data-testid=correlation-id]").InnerTextAsync()));
        await BrowserFixture.AssertAccessibleAsync(page);
    }
}
