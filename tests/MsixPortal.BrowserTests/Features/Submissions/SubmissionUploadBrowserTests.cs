using Microsoft.Playwright;
using MsixPortal.Authorization;

namespace MsixPortal.BrowserTests.Features.Submissions;

[Collection(BrowserSuite.Name)]
public class SubmissionUploadBrowserTests(BrowserFixture browser)
{
    private static async Task UploadAsync(IPage page, byte[] file, string button)
    {
        await page.GotoAsync("/submissions/upload");
        await page.SetInputFilesAsync("#submission-file", new FilePayload { Name = "tx-students.xml", MimeType = "application/xml", Buffer = file });
        await page.ClickAsync($"[data-testid={button}]");
        // The progress page refreshes itself (HTTP Refresh header) until the result page is ready.
        await page.WaitForSelectorAsync("[data-testid=counts]", new PageWaitForSelectorOptions { Timeout = 60_000 });
    }

    [Fact]
    public async Task Upload_FileWithBadRow_ReadErrorsFixAndResubmit()
    {
        var admin = await browser.SignInAsync(Viewport.Desktop, PortalRoles.DataAdministrator, "TX");
        var onPhone = await browser.SignInAsync(Viewport.Phone, PortalRoles.DataAdministrator, "TX");
        var good = new StateFiles.Child("BR-100", "Lissete", "Female");
        var bad = new StateFiles.Child("BR-200", "Pedro", "X");

        // The browser suite shares one database: other tests may have submitted for TX already.
        await admin.GotoAsync("/submissions");
        var earlierSubmissions = await admin.Locator("[data-testid=history] tbody tr").CountAsync();
        await admin.GotoAsync("/submissions/upload");
        Assert.Equal(1, await admin.Locator("#admin-menu a[href='/submissions/upload']").CountAsync());
        await BrowserFixture.ScreenshotAsync(admin, $"submission-upload-{Viewport.Desktop}");
        await BrowserFixture.AssertAccessibleAsync(admin);

        await UploadAsync(admin, StateFiles.Xml("TX", good, bad), "submit");
        Assert.Equal("1", await admin.InnerTextAsync("[data-testid=count-inserted]"));
        Assert.Equal("1", await admin.InnerTextAsync("[data-testid=count-rejected]"));
        var errors = await admin.InnerTextAsync("[data-testid=errors]");
        Assert.Contains("BR-200", errors, StringComparison.Ordinal);
        Assert.Contains("Sex", errors, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(admin, $"submission-result-{Viewport.Desktop}");
        await BrowserFixture.AssertAccessibleAsync(admin);

        await onPhone.GotoAsync(admin.Url);
        await BrowserFixture.ScreenshotAsync(onPhone, $"submission-result-{Viewport.Phone}");
        await BrowserFixture.AssertAccessibleAsync(onPhone);

        await UploadAsync(admin, StateFiles.Xml("TX", bad with { Sex = "Male" }), "submit");
        Assert.Equal("1", await admin.InnerTextAsync("[data-testid=count-inserted]"));
        Assert.Equal("0", await admin.InnerTextAsync("[data-testid=count-rejected]"));
        Assert.Equal(1, await admin.Locator("[data-testid=no-errors]").CountAsync());
        await BrowserFixture.AssertAccessibleAsync(admin);

        await admin.GotoAsync("/submissions");
        Assert.Equal(earlierSubmissions + 2, await admin.Locator("[data-testid=history] tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(admin, $"submission-history-{Viewport.Desktop}");
        await BrowserFixture.AssertAccessibleAsync(admin);
        await onPhone.GotoAsync("/submissions");
        await BrowserFixture.ScreenshotAsync(onPhone, $"submission-history-{Viewport.Phone}");
        await BrowserFixture.AssertAccessibleAsync(onPhone);
        browser.AssertNoBrowserErrors(admin);
        browser.AssertNoBrowserErrors(onPhone);
    }
}
