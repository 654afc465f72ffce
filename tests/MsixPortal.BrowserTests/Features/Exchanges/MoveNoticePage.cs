using Microsoft.Playwright;

namespace MsixPortal.BrowserTests.Features.Exchanges;

/// <summary>One move notice, as the sender or the receiving State sees it.</summary>
public sealed class MoveNoticePage(IPage page)
{
    public Task<string> KindAsync() => page.InnerTextAsync("[data-testid=kind]");

    public Task<string> StatusAsync() => page.InnerTextAsync("[data-testid=status]");

    public Task<string> ResultAsync() => page.InnerTextAsync("[data-testid=result]");

    public async Task AcknowledgeAsync()
    {
        await page.ClickAsync("[data-testid=acknowledge] button");
        await page.WaitForSelectorAsync("[data-testid=result]");
    }

    public async Task<OutcomeConfirmPage> ChooseOutcomeAsync(string outcome)
    {
        await page.ClickAsync($"[data-testid=outcomes] a:has-text('{outcome}')");
        await page.WaitForSelectorAsync("[data-testid=what-changes]");
        return new OutcomeConfirmPage(page);
    }
}
