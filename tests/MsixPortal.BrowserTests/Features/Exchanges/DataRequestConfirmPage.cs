using Microsoft.Playwright;

namespace MsixPortal.BrowserTests.Features.Exchanges;

/// <summary>"Send this data request?": the States asked, and a warning for those nobody can answer in.</summary>
public sealed class DataRequestConfirmPage(IPage page)
{
    public Task<string> ReceivingStatesAsync() => page.InnerTextAsync("[data-testid=receiving-states]");

    public async Task<string> ConfirmAsync()
    {
        await page.ClickAsync("main button:has-text('Confirm: send to')");
        await page.WaitForSelectorAsync("[data-testid=done]");
        return await page.InnerTextAsync("[data-testid=done]");
    }
}
