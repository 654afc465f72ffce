using Microsoft.Playwright;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests;

/// <summary>Signs a new user in through the real pages (notice, password, TOTP), as a person would.</summary>
public static class BrowserSignIn
{
    /// <summary>A page <paramref name="width"/> px wide, signed in as a new user with <paramref name="role"/>.</summary>
    public static async Task<IPage> SignInAsync(this BrowserFixture browser, int width, string role, string? stateCode = "TX")
    {
        var account = await TestAccounts.CreateAsync(browser.Portal.Services, [role], stateCode);
        var page = await browser.EnterCredentialsAsync(width, account);
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Notice, password and code of an existing account; the page is wherever the portal sends it next.</summary>
    public static async Task<IPage> EnterCredentialsAsync(this BrowserFixture browser, int width, TestAccount account)
    {
        var page = await browser.NewPageAsync(await browser.NewContextAsync(width));
        await page.GotoAsync("/account/notice");
        await page.ClickAsync("main button[type=submit]");
        await page.FillAsync("#Email", account.Email);
        await page.FillAsync("#Password", account.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.FillAsync("#Code", await TestAuthenticator.UnusedCodeAsync(browser.Portal.Services, account.Id, account.AuthenticatorKey));
        await page.ClickAsync("main button[type=submit]");
        return page;
    }
}
