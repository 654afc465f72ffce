using Microsoft.Playwright;

namespace MsixPortal.BrowserTests.Features.Exchanges;

/// <summary>The user's notifications: each says what and where, and opens (marking it read) with a button.</summary>
public sealed class NotificationsPage(IPage page)
{
    private const string Item = "[data-testid=notification] button";

    public static async Task<NotificationsPage> OpenAsync(IPage page)
    {
        await page.GotoAsync("/notifications");
        return new NotificationsPage(page);
    }

    public Task<IReadOnlyList<string>> TextsAsync() => page.Locator(Item).AllInnerTextsAsync();

    /// <summary>The height in CSS px of each notification's tap target.</summary>
    public Task<double[]> TapTargetHeightsAsync() =>
        page.EvalOnSelectorAllAsync<double[]>(Item, "buttons => buttons.map(b => b.getBoundingClientRect().height)");

    /// <summary>Opens the notification whose text contains <paramref name="text"/>; the browser lands on its item.</summary>
    public async Task OpenAsync(string text, string urlGlob)
    {
        await page.ClickAsync($"{Item}:has-text('{text}')");
        await page.WaitForURLAsync(urlGlob);
    }
}
