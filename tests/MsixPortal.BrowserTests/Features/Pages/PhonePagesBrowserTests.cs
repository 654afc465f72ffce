using MsixPortal.Authorization;

namespace MsixPortal.BrowserTests.Features.Pages;

/// <summary>
/// The signed-in pages that no journey test visits (account, administration, lists) open on a 360 px
/// phone as a user who may see them: readable without sideways scrolling, axe clean, no browser errors.
/// </summary>
[Collection(BrowserSuite.Name)]
public class PhonePagesBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, string> Pages => new()
    {
        { "/account", PortalRoles.Recruiter },
        { "/account/password", PortalRoles.Recruiter },
        { "/notifications", PortalRoles.MepStaff },
        { "/move-notices", PortalRoles.MepStaff },
        { "/data-requests", PortalRoles.DataAdministrator },
        { "/admin/api-clients", PortalRoles.DataAdministrator },
        { "/admin/applications", PortalRoles.UserAdministrator },
        { "/admin/users", PortalRoles.UserAdministrator },
        { "/admin/audit", PortalRoles.UserAdministrator },
        { "/admin/notice-recipients", PortalRoles.UserAdministrator },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Open_OnAPhone_FitsTheScreenAndIsAccessible(string path, string role)
    {
        var page = await browser.SignInAsync(Viewport.Phone, role);

        var response = await page.GotoAsync(path);

        Assert.Equal(200, response?.Status);
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, $"phone{path.Replace('/', '-')}");
        var tooWide = await BrowserFixture.ElementsWiderThanAsync(page, Viewport.Phone);
        Assert.True(tooWide.Length == 0, $"Wider than {Viewport.Phone}px: {string.Join(", ", tooWide)}");
        await BrowserFixture.AssertAccessibleAsync(page);
        browser.AssertNoBrowserErrors(page);
    }
}
