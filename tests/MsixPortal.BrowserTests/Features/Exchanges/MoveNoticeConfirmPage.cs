using Microsoft.Playwright;

namespace MsixPortal.BrowserTests.Features.Exchanges;

/// <summary>"Send this move notice to XX?": what will be sent, to whom.</summary>
public sealed class MoveNoticeConfirmPage(IPage page)
{
    public Task<string> HeadingAsync() => page.InnerTextAsync("main h1");

    public async Task<MoveNoticePage> ConfirmAsync()
    {
        await page.ClickAsync("main button:has-text('Confirm: send to')");
        await page.WaitForSelectorAsync("[data-testid=result]");
        return new MoveNoticePage(page);
    }
}
