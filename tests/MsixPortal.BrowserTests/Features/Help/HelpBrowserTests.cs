using System.Globalization;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests.Features.Help;

/// <summary>
/// Help, incidents and the Rules of Behavior as people use them: a locked-out visitor finds help and
/// writes to the help desk; a recruiter on a phone reports an incident that a national administrator
/// acknowledges; a national administrator publishes new Rules that a user then accepts.
/// </summary>
[Collection(BrowserSuite.Name)]
public class HelpBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task LockedOutVisitor_FindsHelpAndWritesToTheHelpDesk(int width)
    {
        var page = await browser.OpenAsync("/account/notice", width);

        await page.ClickAsync("[data-testid=footer-help] a[href='/help']");
        await page.WaitForURLAsync("**/help");
        await page.FillAsync("#help-search", "locked");
        await page.ClickAsync("form[role=search] button[type=submit]");
        await page.WaitForSelectorAsync("[data-testid=help-results]");
        await BrowserFixture.ScreenshotAsync(page, $"help-search-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.ClickAsync("[data-testid=help-results] a[href='/help/sign-in']");
        await page.WaitForURLAsync("**/help/sign-in");
        await BrowserFixture.ScreenshotAsync(page, $"help-article-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.ClickAsync("[data-testid=help-article] a[href='/help/contact'] >> nth=0");
        await page.WaitForURLAsync("**/help/contact");
        await page.FillAsync("#contact-name", "Pat Visitor");
        await page.FillAsync("#contact-email", $"pat-{Guid.NewGuid():N}@example.org");
        await page.SelectOptionAsync("#contact-state", "TX");
        await page.SelectOptionAsync("#category", "sign-in");
        await page.FillAsync("#message", "My account is locked after a new phone; I have no recovery codes left.");
        await BrowserFixture.ScreenshotAsync(page, $"help-contact-visitor-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.ClickAsync("main form.usa-form button[type=submit]");
        await page.WaitForURLAsync("**/help/sent");

        Assert.Matches("^HD-[0-9]{6}$", (await page.InnerTextAsync("[data-testid=reference]")).Trim());
        await BrowserFixture.ScreenshotAsync(page, $"help-contact-sent-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(page, width));
        browser.AssertNoBrowserErrors(page);
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task RecruiterOnAPhone_ReportsAnIncident_NationalAdministratorAcknowledgesIt(int administratorWidth)
    {
        var recruiter = await browser.SignInAsync(Viewport.Phone, PortalRoles.Recruiter, "TX");
        var administrator = await browser.SignInAsync(administratorWidth, PortalRoles.NationalAdministrator, null);

        await recruiter.ClickAsync("[data-testid=report-incident]");
        await recruiter.WaitForURLAsync("**/help/incident");
        await recruiter.FillAsync("#what-happened", "A printed record of one child was left in a school office visited by parents.");
        await recruiter.FillAsync("#occurred-at", DateTime.UtcNow.AddHours(-2).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await recruiter.ClickAsync("label[for=data-identity]");
        await recruiter.FillAsync("#who-was-told", "My supervisor");
        await BrowserFixture.ScreenshotAsync(recruiter, $"incident-form-{Viewport.Phone}-{administratorWidth}");
        await BrowserFixture.AssertAccessibleAsync(recruiter);
        await recruiter.ClickAsync("main form.usa-form button[type=submit]");
        await recruiter.WaitForURLAsync("**/help/requests/*");
        var reference = (await recruiter.InnerTextAsync("h1 [data-testid=reference]")).Trim();
        Assert.Matches("^PI-[0-9]{6}$", reference);
        await BrowserFixture.ScreenshotAsync(recruiter, $"incident-reported-{Viewport.Phone}-{administratorWidth}");
        await BrowserFixture.AssertAccessibleAsync(recruiter);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(recruiter, Viewport.Phone));

        await administrator.GotoAsync("/worklists");
        var first = administrator.Locator("[data-testid=worklist] tbody tr").First;
        Assert.Equal("pii-incident", await first.GetAttributeAsync("data-kind"));
        Assert.Equal("true", await first.GetAttributeAsync("data-urgent"));
        await BrowserFixture.ScreenshotAsync(administrator, $"incident-worklist-{administratorWidth}");
        await BrowserFixture.AssertAccessibleAsync(administrator);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(administrator, administratorWidth));
        await administrator.ClickAsync($"[data-testid=worklist] tr[data-kind=pii-incident]:has-text('{reference}') a");
        await administrator.WaitForURLAsync("**/help/requests/*");
        Assert.Equal("Open", (await administrator.InnerTextAsync("[data-testid=status]")).Trim());
        await administrator.ClickAsync("a:has-text('Acknowledge the incident')");
        await administrator.WaitForURLAsync("**/acknowledge");
        Assert.Contains("1-hour clock stops", await administrator.InnerTextAsync("[data-testid=what-happens]"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(administrator, $"incident-acknowledge-confirm-{administratorWidth}");
        await BrowserFixture.AssertAccessibleAsync(administrator);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(administrator, administratorWidth));
        await administrator.ClickAsync("[data-testid=confirm]");
        await administrator.WaitForSelectorAsync("[data-testid=done]");
        await administrator.WaitForSelectorAsync("[data-testid=status]:has-text('Acknowledged')");
        await BrowserFixture.ScreenshotAsync(administrator, $"incident-acknowledged-{administratorWidth}");
        await BrowserFixture.AssertAccessibleAsync(administrator);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(administrator, administratorWidth));

        await recruiter.GotoAsync("/help/requests");
        Assert.Contains("Acknowledged", await recruiter.InnerTextAsync("[data-testid=my-requests]"), StringComparison.Ordinal);
        browser.AssertNoBrowserErrors(recruiter);
        browser.AssertNoBrowserErrors(administrator);
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task NationalAdministrator_PublishesNewRules_UserAcceptsThemAtNextSignIn(int width)
    {
        var user = await TestAccounts.CreateAsync(browser.Portal.Services, [PortalRoles.MepStaff], "TX");
        var administrator = await browser.SignInAsync(width, PortalRoles.NationalAdministrator, null);
        var version = $"B{width}-{Guid.NewGuid():N}"[..14];

        await administrator.GotoAsync("/admin/rules-of-behavior");
        await administrator.FillAsync("#Input_Version", version);
        await administrator.FillAsync("#Input_EffectiveOn", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await administrator.FillAsync("#Input_Text",
            "1. I use the portal only for my work with migratory children.\n2. I **report a possible PII incident at once**, from the link on every page.\n3. I keep student information out of screenshots.");
        await BrowserFixture.ScreenshotAsync(administrator, $"rules-publish-{width}");
        await BrowserFixture.AssertAccessibleAsync(administrator);
        await administrator.ClickAsync("button:has-text('Review before publishing')");
        await administrator.WaitForSelectorAsync("[data-testid=what-happens]");
        Assert.Contains("report a possible PII incident at once", await administrator.InnerTextAsync("[data-testid=rules-text] strong"), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(administrator, $"rules-review-{width}");
        await BrowserFixture.AssertAccessibleAsync(administrator);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(administrator, width));
        await administrator.ClickAsync("button:has-text('Publish this version')");
        await administrator.WaitForSelectorAsync("[data-testid=done]");
        Assert.Contains(version, await administrator.InnerTextAsync("[data-testid=current-version]"), StringComparison.Ordinal);
        await administrator.GotoAsync("/admin/rules-of-behavior/acceptance");
        Assert.Contains(user.Email, await administrator.InnerTextAsync("[data-testid=pending]"), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(administrator);

        var page = await browser.EnterCredentialsAsync(width, user);
        await page.WaitForURLAsync("**/account/recertify");
        Assert.Contains("report a possible PII incident at once", await page.InnerTextAsync("[data-testid=rules-text] strong"), StringComparison.Ordinal);
        await page.FillAsync("#Input_TrainingCompletedOn", DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickAsync("label[for=Input_AcceptRulesOfBehavior]");
        await BrowserFixture.ScreenshotAsync(page, $"rules-accept-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.ClickAsync("button:has-text('Confirm and continue')");
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await page.GotoAsync("/search");
        Assert.EndsWith("/search", page.Url, StringComparison.Ordinal);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(page, width));
        browser.AssertNoBrowserErrors(administrator);
        browser.AssertNoBrowserErrors(page);
    }
}
