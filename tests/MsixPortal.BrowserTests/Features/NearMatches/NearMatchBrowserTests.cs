using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests.Features.NearMatches;

[Collection(BrowserSuite.Name)]
public class NearMatchBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task NearMatch_OpenedFromTheWorklistReadSideBySideAndMatched()
    {
        var id = await TestNearMatches.CreateAsync(browser.Portal.Services, candidateState: "TX", incomingState: "CA");
        var admin = await browser.SignInAsync(Viewport.Desktop, PortalRoles.DataAdministrator, "CA");
        var onPhone = await browser.SignInAsync(Viewport.Phone, PortalRoles.DataAdministrator, "CA");

        await admin.GotoAsync("/worklists?Kind=near-match");
        await BrowserFixture.AssertAccessibleAsync(admin);
        await admin.ClickAsync($"[data-testid=worklist] a[href='/near-matches/{id}']");
        await admin.WaitForURLAsync($"**/near-matches/{id}");
        Assert.Contains("Differs", await admin.InnerTextAsync("[data-testid=comparison]"), StringComparison.Ordinal);
        Assert.Contains("Birth date", await admin.InnerTextAsync("[data-testid=score-parts]"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(admin, $"near-match-review-{Viewport.Desktop}");
        await BrowserFixture.AssertAccessibleAsync(admin);

        await onPhone.GotoAsync($"/near-matches/{id}");
        await BrowserFixture.ScreenshotAsync(onPhone, $"near-match-review-{Viewport.Phone}");
        await BrowserFixture.AssertAccessibleAsync(onPhone);

        // Matching asks first, saying which MSIX ID is retired, then says what was done.
        await admin.ClickAsync("a:has-text('Match: the same child')");
        await admin.WaitForURLAsync($"**/near-matches/{id}/decide?decision=match");
        Assert.Contains("is retired", await admin.InnerTextAsync("[data-testid=what-changes]"), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(admin);
        await admin.ClickAsync("button:has-text('Confirm: the same child')");
        await admin.WaitForSelectorAsync("[data-testid=status]:has-text('Matched')");
        Assert.Contains("Matched: the CA record now sits under MSIX ID", await admin.InnerTextAsync("[data-testid=done]"), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(admin);
        await admin.GotoAsync("/worklists?Kind=near-match");
        Assert.Equal(0, await admin.Locator($"a[href='/near-matches/{id}']").CountAsync());
        browser.AssertNoBrowserErrors(admin);
        browser.AssertNoBrowserErrors(onPhone);
    }
}
