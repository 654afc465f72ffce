using Microsoft.Playwright;

namespace MsixPortal.BrowserTests.Features.Exchanges;

/// <summary>The move-notice form of a record (the sender's side).</summary>
public sealed class MoveNoticeFormPage(IPage page)
{
    public static async Task<MoveNoticeFormPage> OpenFromRecordAsync(IPage page, string msixId)
    {
        await page.GotoAsync($"/records/{msixId}");
        await page.ClickAsync("[data-testid=send-move-notice]");
        await page.WaitForURLAsync("**/move-notices/new");
        return new MoveNoticeFormPage(page);
    }

    public Task<string> ContactAsync() => page.InputValueAsync("#Input_SenderContact");

    public async Task<MoveNoticeConfirmPage> ContinueAsync(string toState, string moveDate)
    {
        await page.SelectOptionAsync("#Input_StateCode", toState);
        await page.FillAsync("#Input_MoveDate", moveDate);
        await page.ClickAsync("main button:has-text('Continue')");
        await page.WaitForSelectorAsync("[data-testid=what-changes]");
        return new MoveNoticeConfirmPage(page);
    }
}
