using Microsoft.Playwright;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests;

/// <summary>Signs a new account in through the real pages (notice, password, TOTP) in a new browser context.</summary>
public static class BrowserSignIn
{
    public static async Task<IPage> NewUserAsync(BrowserFixture browser, int width, string role, string? stateCode)
    {
        var account = await TestAccounts.CreateAsync(browser.Portal.Services, [role], stateCode);
        var page = await browser.NewPageAsync(await browser.NewContextAsync(width));
        await page.GotoAsync("/account/notice");
        await page.ClickAsync("main button[type=submit]");
        await page.FillAsync("#Email", account.Email);
        await page.FillAsync("#Password", account.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.FillAsync("#Code", await TestAuthenticator.UnusedCodeAsync(browser.Portal.Services, account.Id, account.AuthenticatorKey));
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        return page;
    }
}
