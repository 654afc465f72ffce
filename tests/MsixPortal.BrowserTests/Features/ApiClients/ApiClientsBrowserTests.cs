using Microsoft.Playwright;
using MsixPortal.Authorization;

namespace MsixPortal.BrowserTests.Features.ApiClients;

/// <summary>
/// A data administrator rotates an API client's secret and revokes the client: create it (secret shown
/// once), add a second secret, revoke the first, revoke the client, each change through its confirmation
/// page. Every page fits the screen at desktop and phone widths, is axe clean and raises no browser error.
/// </summary>
[Collection(BrowserSuite.Name)]
public class ApiClientsBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task RotateSecretThenRevoke_EveryPageConfirmsFitsAndIsAccessible(int width)
    {
        var page = await browser.SignInAsync(width, PortalRoles.DataAdministrator, "TX");
        await page.GotoAsync("/admin/api-clients");
        await page.FillAsync("#client-name", $"TX student system {width}");
        await page.ClickAsync("button:has-text('Create client')");
        var clientId = (await page.Locator("[data-testid=client-id]").TextContentAsync())!.Trim();
        await CheckAsync(page, "created", width);
        ILocator Row() => page.Locator("tr", new() { HasText = clientId });

        await page.ClickAsync("text=Back to API clients");
        await Row().Locator("a", new() { HasText = "Add a secret" }).ClickAsync();
        await CheckAsync(page, "confirm-add-secret", width);
        Assert.Equal(0, await page.Locator("[data-testid=client-secret]").CountAsync());
        await page.ClickAsync("[data-testid=confirm]");
        Assert.Equal("New secret added", (await page.Locator("h1").TextContentAsync())!.Trim());
        await CheckAsync(page, "secret-added", width);

        await page.ClickAsync("text=Back to API clients");
        await CheckAsync(page, "list-two-secrets", width);
        await Row().Locator("a", new() { HasText = "Revoke secret" }).First.ClickAsync();
        await CheckAsync(page, "confirm-revoke-secret", width);
        await page.ClickAsync("[data-testid=confirm]");
        Assert.Contains("The secret was revoked", await page.Locator("[data-testid=result]").TextContentAsync(), StringComparison.Ordinal);

        await Row().Locator("a", new() { HasText = "Revoke" }).Last.ClickAsync();
        await CheckAsync(page, "confirm-revoke", width);
        await page.ClickAsync("[data-testid=confirm]");
        Assert.Contains("The client was revoked", await page.Locator("[data-testid=result]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Row().Locator("[data-testid=revoked]").CountAsync());
        await CheckAsync(page, "revoked", width);
    }

    private async Task CheckAsync(IPage page, string step, int width)
    {
        await BrowserFixture.ScreenshotAsync(page, $"api-clients-{step}-{width}");
        var tooWide = await BrowserFixture.ElementsWiderThanAsync(page, width);
        Assert.True(tooWide.Length == 0, $"{step}: wider than {width}px: {string.Join(", ", tooWide)}");
        await BrowserFixture.AssertAccessibleAsync(page);
        browser.AssertNoBrowserErrors(page);
    }
}
