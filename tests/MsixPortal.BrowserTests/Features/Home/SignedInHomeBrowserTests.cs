using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests.Features.Home;

/// <summary>Issue 18 point 9: after sign-in a user lands on their own home (work, recent records, quick search).</summary>
[Collection(BrowserSuite.Name)]
public class SignedInHomeBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Desktop, PortalRoles.DataAdministrator)]
    [InlineData(Viewport.Phone, PortalRoles.Recruiter)]
    public async Task SignIn_LandsOnHome_OpensARecordThenFindsItUnderRecentAndSearchesFromHome(int width, string role)
    {
        var student = await TestStudents.CreateAsync(browser.Portal.Services, $"Nayeli{width}", new DateOnly(2016, 2, 11), "TX");
        var page = await browser.SignInAsync(width, role, "TX");

        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("Welcome", (await page.InnerTextAsync("main h1")).Trim(), StringComparison.Ordinal);
        await page.GotoAsync($"/records/{student.MsixId}");
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("[data-testid=recent]");
        Assert.Contains($"Nayeli{width}", await page.InnerTextAsync("[data-testid=recent] tbody tr"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, $"home-signed-in-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(page, width));

        await page.FillAsync("#quick-first-name", $"Nayeli{width}");
        await page.FillAsync("#quick-last-name", TestStudents.LastName);
        await page.ClickAsync("[data-testid=quick-search] button[type=submit]");
        await page.WaitForURLAsync("**/search/results/**");
        Assert.Contains($"Nayeli{width}", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        browser.AssertNoBrowserErrors(page);
    }
}
