using Microsoft.Playwright;

namespace MsixPortal.BrowserTests.Features.Exchanges;

/// <summary>One data request; the asked State's data administrator answers it here.</summary>
public sealed class DataRequestPage(IPage page)
{
    public Task<string> StatusAsync() => page.InnerTextAsync("[data-testid=status]");

    public Task<string> ErrorSummaryAsync() => page.InnerTextAsync("[data-testid=error-summary]");

    public Task<string> MessageAsync() => page.InputValueAsync("#Message");

    public Task<string> DoneAsync() => page.InnerTextAsync("[data-testid=done]");

    /// <summary>Writes the answer, attaches a file (as chosen in the browser's file picker) and sends.</summary>
    public async Task AnswerAsync(string message, string fileName, string mimeType, byte[] content)
    {
        await page.FillAsync("#Message", message);
        await page.SetInputFilesAsync("#Attachment", new FilePayload { Name = fileName, MimeType = mimeType, Buffer = content });
        await page.ClickAsync("main button:has-text('Send answer')");
        await page.WaitForLoadStateAsync();
    }
}
