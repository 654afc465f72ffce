using Microsoft.Playwright;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests.Features.Account;

/// <summary>
/// Issue 18 point 9: a user whose recovery codes ran out makes new ones from the account page, then
/// downloads and prints them; the printout holds the codes and nothing of the page around them.
/// </summary>
[Collection(BrowserSuite.Name)]
public class RecoveryCodesBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task AccountPage_MakeNewCodes_DownloadsAndPrintsThem(int width)
    {
        var account = await TestAccounts.CreateAsync(browser.Portal.Services, [PortalRoles.Recruiter], "TX");
        var page = await browser.EnterCredentialsAsync(width, account);
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));

        await page.GotoAsync("/account");
        Assert.Equal("0", (await page.InnerTextAsync("[data-testid=recovery-codes-left]")).Split(' ')[0].Trim());
        await page.ClickAsync("text=Make new recovery codes");
        await page.FillAsync("#CurrentPassword", account.Password);
        await page.FillAsync("#Code", await TestAuthenticator.UnusedCodeAsync(browser.Portal.Services, account.Id, account.AuthenticatorKey));
        await page.ClickAsync("[data-testid=renew]");
        await page.WaitForSelectorAsync("[data-testid=renewed]");
        var codes = await page.Locator("[data-testid=recovery-codes] code").AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);
        await BrowserFixture.ScreenshotAsync(page, $"recovery-codes-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(page, width));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=download]"));
        var text = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.Equal("msix-portal-recovery-codes.txt", download.SuggestedFilename);
        Assert.All(codes, code => Assert.Contains(code, text, StringComparison.Ordinal));

        // The print button appears with script; in print the banner, header, footer and buttons are gone.
        Assert.True(await page.IsVisibleAsync("[data-testid=print]"));
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.True(await page.IsVisibleAsync("[data-testid=recovery-codes]"));
        foreach (var hidden in new[] { ".usa-header", ".usa-banner", ".usa-site-alert", ".usa-footer", "[data-testid=print]", "[data-testid=download]" })
        {
            Assert.False(await page.IsVisibleAsync(hidden), hidden);
        }
        await BrowserFixture.ScreenshotAsync(page, $"recovery-codes-print-{width}");
        browser.AssertNoBrowserErrors(page);
    }
}
