using Microsoft.Playwright;

namespace MsixPortal.BrowserTests.Features.Exchanges;

/// <summary>The data-request form of a record (the requester's side).</summary>
public sealed class DataRequestFormPage(IPage page)
{
    public static async Task<DataRequestFormPage> OpenAsync(IPage page, string msixId)
    {
        await page.GotoAsync($"/records/{msixId}/data-requests/new");
        return new DataRequestFormPage(page);
    }

    /// <summary>The States ticked when the form opens.</summary>
    public Task<string[]> TickedStatesAsync() =>
        page.EvalOnSelectorAllAsync<string[]>("input[name=StateCodes]:checked", "boxes => boxes.map(b => b.value)");

    public async Task<DataRequestConfirmPage> ContinueAsync(string state, string reason, string neededBy)
    {
        // USWDS hides the box itself and draws it in the label: a person ticks the label.
        await page.ClickAsync($"label[for=state-{state}]");
        await page.ClickAsync("label[for=kind-Immunization]");
        await page.FillAsync("#Reason", reason);
        await page.FillAsync("#NeededBy", neededBy);
        await page.ClickAsync("main button:has-text('Continue')");
        await page.WaitForSelectorAsync("[data-testid=receiving-states]");
        return new DataRequestConfirmPage(page);
    }
}
