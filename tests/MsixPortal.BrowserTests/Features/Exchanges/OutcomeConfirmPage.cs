using Microsoft.Playwright;

namespace MsixPortal.BrowserTests.Features.Exchanges;

/// <summary>"Record 'Located' on move notice N?": an optional comment, then confirm.</summary>
public sealed class OutcomeConfirmPage(IPage page)
{
    public async Task<MoveNoticePage> ConfirmWithCommentAsync(string comment)
    {
        await page.FillAsync("#Comment", comment);
        await page.ClickAsync("main button:has-text('Confirm:')");
        await page.WaitForSelectorAsync("[data-testid=result]");
        return new MoveNoticePage(page);
    }
}
