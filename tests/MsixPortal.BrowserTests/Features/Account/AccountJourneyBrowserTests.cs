using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests.Features.Account;

/// <summary>
/// Issue 3's journey in a real browser: accept the notice, apply, an administrator approves, the
/// activation link from the email, a password, authenticator enrolment with a code computed from
/// the shown key, recovery codes, sign out, and sign in again with a TOTP code. Every page is axe-checked.
/// </summary>
[Collection(BrowserSuite.Name)]
public class AccountJourneyBrowserTests(BrowserFixture browser)
{
    private const string NewPassword = "quiet harbor violin 2718";

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task ApplyApproveActivateEnrolSignIn_Journey_Works(int width)
    {
        var email = $"applicant-{Guid.NewGuid():N}@example.org";
        var applicant = await browser.NewPageAsync(await browser.NewContextAsync(width));

        await AcceptNoticeAsync(applicant, width, "notice");
        await ApplyAsync(applicant, email, width);
        await ApproveAsync(email, width);
        var activation = await browser.Portal.Mail.LatestToAsync(email);
        await applicant.GotoAsync(MailFolder.LinkIn(activation).PathAndQuery);
        await CheckAsync(applicant, width, "activate");
        await applicant.Locator("#Password").FillAsync(NewPassword);
        await applicant.Locator("#ConfirmPassword").FillAsync(NewPassword);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        var key = await EnrolAsync(applicant, width);
        await SignOutAsync(applicant);
        await SignInAsync(applicant, email, key, width);

        await applicant.GotoAsync("/account");
        Assert.Contains(email, await applicant.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(applicant, width, "signed-in");
    }

    private async Task AcceptNoticeAsync(IPage page, int width, string name)
    {
        await page.GotoAsync("/account/notice");
        await CheckAsync(page, width, name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
    }

    private async Task ApplyAsync(IPage page, string email, int width)
    {
        await page.GotoAsync("/account/apply");
        await CheckAsync(page, width, "apply");
        await page.Locator("#Input_FullName").FillAsync("Rosa Journey");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Phone").FillAsync("555-0100");
        await page.Locator("#Input_JobTitle").FillAsync("Registrar");
        await page.Locator("#Input_StateCode").SelectOptionAsync("TX");
        await page.Locator("#Input_Organization").FillAsync("Valley ISD");
        await page.Locator("#Input_RequestedRole").SelectOptionAsync(PortalRoles.MepStaff);
        await page.Locator("#Input_SupervisorName").FillAsync("Sam Supervisor");
        await page.Locator("#Input_SupervisorEmail").FillAsync("supervisor@example.org");
        await page.Locator("#Input_TrainingCompletedOn").FillAsync(DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("label[for=Input_AcceptRulesOfBehavior]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();
        await CheckAsync(page, width, "applied");
    }

    private async Task ApproveAsync(string applicantEmail, int width)
    {
        var admin = await TestAccounts.CreateAsync(browser.Portal.Services, [PortalRoles.UserAdministrator], "TX");
        var page = await browser.NewPageAsync(await browser.NewContextAsync(width));
        await SignInAsync(page, admin.Email, admin.AuthenticatorKey, width, screenshots: false);
        await page.GotoAsync("/admin/applications");
        await CheckAsync(page, width, "applications");
        await page.Locator("tr", new() { HasText = applicantEmail }).Locator("a").ClickAsync();
        await CheckAsync(page, width, "application");
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve and send activation link" }).ClickAsync();
        Assert.Contains("approved", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, width, "approved");
    }

    private async Task<string> EnrolAsync(IPage page, int width)
    {
        await CheckAsync(page, width, "enrol");
        Assert.True(await page.Locator("img[alt*='QR code']").IsVisibleAsync());
        var key = (await page.Locator("[data-testid=authenticator-key]").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        var clock = browser.Portal.Services.GetRequiredService<TimeProvider>();
        await page.Locator("input[name=Code]").FillAsync(TestAuthenticator.Code(key, clock));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await CheckAsync(page, width, "recovery-codes");
        Assert.Equal(10, await page.Locator("[data-testid=recovery-codes] li").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved my codes – continue" }).ClickAsync();
        return key;
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GotoAsync("/account");
        await page.Locator("form[action='/account/signout-everywhere'] button").ClickAsync();
        await page.GotoAsync("/account");
        Assert.Contains("/account/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.NotEqual("/account", new Uri(page.Url).AbsolutePath);
    }

    private async Task SignInAsync(IPage page, string email, string key, int width, bool screenshots = true)
    {
        await page.GotoAsync("/account/signin");
        if (new Uri(page.Url).AbsolutePath == "/account/notice")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
            await page.GotoAsync("/account/signin");
        }
        if (screenshots)
        {
            await CheckAsync(page, width, "sign-in");
        }
        await page.Locator("#Email").FillAsync(email);
        await page.Locator("#Password").FillAsync(email.StartsWith("applicant-", StringComparison.Ordinal) ? NewPassword : TestAccounts.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        if (screenshots)
        {
            await CheckAsync(page, width, "sign-in-code");
        }
        await page.Locator("#Code").FillAsync(await UnusedCodeAsync(email, key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.DoesNotContain("/account/signin", page.Url, StringComparison.Ordinal);
    }

    private async Task<string> UnusedCodeAsync(string email, string key)
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var normalized = email.ToUpperInvariant();
        var userId = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Users
            .Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
        return await TestAuthenticator.UnusedCodeAsync(browser.Portal.Services, userId, key);
    }

    private async Task CheckAsync(IPage page, int width, string name)
    {
        await BrowserFixture.ScreenshotAsync(page, $"account-journey-{name}-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        browser.AssertNoBrowserErrors(page);
    }
}
