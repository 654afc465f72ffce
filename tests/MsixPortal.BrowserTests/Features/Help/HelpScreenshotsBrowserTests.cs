using System.Globalization;
using Microsoft.Playwright;
using MsixPortal.Authorization;
using MsixPortal.BrowserTests.Features.Submissions;
using MsixPortal.TestSupport;
using MsixPortal.TestSupport.Records;

namespace MsixPortal.BrowserTests.Features.Help;

/// <summary>
/// The help centre's screenshots come from this suite, not from anyone's screen: each one is taken
/// here, on the real portal, with test accounts and made-up children (never real PII). Every run
/// writes them to test-output/help-screenshots; with MSIX_UPDATE_HELP_SCREENSHOTS=1 it also
/// replaces the copies the help pages show (src/MsixPortal/wwwroot/help/screenshots), so that a
/// changed page is re-photographed by one command:
/// <c>MSIX_UPDATE_HELP_SCREENSHOTS=1 scripts/test.sh --filter FullyQualifiedName~HelpScreenshots</c>.
/// </summary>
[Collection(BrowserSuite.Name)]
public class HelpScreenshotsBrowserTests(BrowserFixture browser)
{
    /// <summary>Desktop screenshots are taken this wide: narrow enough to read when the article column scales them.</summary>
    private const int ScreenshotWidth = 1024;

    /// <summary>Only the top of a long page: what the article talks about.</summary>
    private const int MaxScreenshotHeight = 720;

    /// <summary>Every screenshot the help pages show, with the article that shows it.</summary>
    private static readonly (string File, string Article)[] Shots =
    [
        ("apply.png", "apply"),
        ("sign-in.png", "sign-in"),
        ("sign-in-code.png", "sign-in"),
        ("authenticator-replace.png", "authenticator"),
        ("authenticator-qr.png", "authenticator"),
        ("search-form.png", "search"),
        ("search-results.png", "search"),
        ("record.png", "read-a-record"),
        ("move-notice.png", "move-notice"),
        ("upload.png", "upload-a-file"),
        ("upload-result.png", "upload-a-file"),
        ("help-desk.png", "help-desk"),
        ("incident.png", "report-an-incident"),
    ];

    [Fact]
    public async Task Screenshots_TakenOnTheJourneys_AreEveryOneTheHelpPagesShow()
    {
        var taken = new List<string>();
        taken.AddRange(await VisitorScreenshotsAsync());
        taken.AddRange(await SignedInScreenshotsAsync());
        taken.AddRange(await DataAdministratorScreenshotsAsync());
        taken.AddRange(await RecruiterScreenshotsAsync());

        Assert.Equal(Shots.Select(s => s.File).Order(), taken.Order());
        Assert.Equal(Shots.Select(s => s.File).Order(), Directory.GetFiles(CommittedDirectory(), "*.png").Select(Path.GetFileName).Order());
        foreach (var (file, article) in Shots)
        {
            var markdown = await File.ReadAllTextAsync(Path.Combine(ArticlesDirectory(), article + ".md"));
            Assert.True(markdown.Contains($"](/help/screenshots/{file})", StringComparison.Ordinal), $"{article}.md does not show {file}.");
        }
    }

    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task HelpPages_EveryScreenshot_LoadsWithAltTextAndFitsTheWindow(int width)
    {
        foreach (var article in Shots.Select(s => s.Article).Distinct())
        {
            var page = await browser.OpenAsync("/help/" + article, width);
            var images = page.Locator("[data-testid=help-article] img");
            Assert.True(await images.CountAsync() > 0, $"/help/{article} shows no screenshot.");
            var broken = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('[data-testid=help-article] img')]
                    .filter(i => !i.complete || i.naturalWidth === 0 || !i.alt.trim())
                    .map(i => i.getAttribute('src'))
                """);
            Assert.True(broken.Length == 0, $"/help/{article}: missing image or alt text: {string.Join(", ", broken)}");
            Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(page, width));
            await BrowserFixture.AssertAccessibleAsync(page);
            if (article == "search")
            {
                await BrowserFixture.ScreenshotAsync(page, $"help-article-with-screenshots-{width}");
            }
            browser.AssertNoBrowserErrors(page);
        }
    }

    private async Task<string[]> VisitorScreenshotsAsync()
    {
        var page = await browser.OpenAsync("/account/notice", ScreenshotWidth);
        await page.ClickAsync("main button[type=submit]");
        await page.GotoAsync("/account/apply");
        await page.FillAsync("#Input_FullName", "Rosa Ejemplo");
        await page.FillAsync("#Input_Email", "rosa.ejemplo@example.org");
        await page.FillAsync("#Input_JobTitle", "Registrar");
        await page.Locator("#Input_StateCode").SelectOptionAsync("TX");
        var apply = await ShootAsync(page, "apply.png");

        var account = await TestAccounts.CreateAsync(browser.Portal.Services, [PortalRoles.MepStaff], "TX");
        await page.GotoAsync("/account/signin");
        await page.FillAsync("#Email", "rosa.ejemplo@example.org");
        var signIn = await ShootAsync(page, "sign-in.png");
        await page.FillAsync("#Email", account.Email);
        await page.FillAsync("#Password", account.Password);
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForURLAsync("**/account/signin/code");
        return [apply, signIn, await ShootAsync(page, "sign-in-code.png")];
    }

    private async Task<string[]> SignedInScreenshotsAsync()
    {
        var student = await RecordTestData.SaveFullChildAsync(browser.Portal.Services);
        var account = await TestAccounts.CreateAsync(browser.Portal.Services, [PortalRoles.MepStaff], "TX");
        var page = await browser.EnterCredentialsAsync(ScreenshotWidth, account);
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));

        await page.GotoAsync("/search");
        await page.FillAsync("#Input_FirstName", "Jose Angel");
        await page.FillAsync("#Input_LastName", "Muñoz Peña");
        var searchForm = await ShootAsync(page, "search-form.png");
        await page.ClickAsync("button.portal-search__submit");
        await page.WaitForURLAsync("**/search/results/**");
        var searchResults = await ShootAsync(page, "search-results.png");

        await page.GotoAsync("/records/" + student.MsixId);
        var record = await ShootAsync(page, "record.png");

        await page.GotoAsync("/help/contact");
        await page.SelectOptionAsync("#category", new SelectOptionValue { Index = 1 });
        await page.FillAsync("#message", "The Export button gives me an empty file since this morning.");
        var helpDesk = await ShootAsync(page, "help-desk.png");

        // Replacing the authenticator of this throwaway account shows the same QR page as a first enrolment.
        await page.GotoAsync("/account/authenticator");
        await page.FillAsync("#CurrentPassword", account.Password);
        await page.FillAsync("#Code", await TestAuthenticator.UnusedCodeAsync(browser.Portal.Services, account.Id, account.AuthenticatorKey));
        var replace = await ShootAsync(page, "authenticator-replace.png");
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync("img[alt*='QR code']");
        return [searchForm, searchResults, record, helpDesk, replace, await ShootAsync(page, "authenticator-qr.png")];
    }

    private async Task<string[]> DataAdministratorScreenshotsAsync()
    {
        var page = await browser.SignInAsync(ScreenshotWidth, PortalRoles.DataAdministrator, "TX");
        await page.GotoAsync("/submissions/upload");
        var file = StateFiles.Xml("TX", new StateFiles.Child("HELP-1", "Lissete", "Female"), new StateFiles.Child("HELP-2", "Pedro", "X"));
        await page.SetInputFilesAsync("#submission-file", new FilePayload { Name = "tx-students.xml", MimeType = "application/xml", Buffer = file });
        var upload = await ShootAsync(page, "upload.png");
        await page.ClickAsync("[data-testid=dry-run]");
        await page.WaitForSelectorAsync("[data-testid=counts]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        return [upload, await ShootAsync(page, "upload-result.png")];
    }

    private async Task<string[]> RecruiterScreenshotsAsync()
    {
        var student = await TestStudents.CreateAsync(browser.Portal.Services, "TX");
        var page = await browser.SignInAsync(Viewport.Phone, PortalRoles.Recruiter, "TX");
        await page.GotoAsync($"/records/{student.MsixId}");
        await page.ClickAsync("[data-testid=send-move-notice]");
        await page.SelectOptionAsync("#Input_StateCode", "NM");
        await page.FillAsync("#Input_MoveDate", DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#Input_SenderContact", "Recruiter, 555-0100");
        var notice = await ShootAsync(page, "move-notice.png");

        await page.ClickAsync("[data-testid=report-incident]");
        await page.WaitForURLAsync("**/help/incident");
        await page.FillAsync("#what-happened", "A printed record was left on a table in the camp office.");
        await page.ClickAsync("label[for=data-identity]");
        return [notice, await ShootAsync(page, "incident.png")];
    }

    /// <summary>
    /// The top of the page's main content (from its heading down, at most <see cref="MaxScreenshotHeight"/> px),
    /// saved under test-output/help-screenshots and, when asked, over the committed copy.
    /// </summary>
    private async Task<string> ShootAsync(IPage page, string file)
    {
        await BrowserFixture.AssertAccessibleAsync(page);
        browser.AssertNoBrowserErrors(page);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var main = await page.Locator("main").BoundingBoxAsync() ?? throw new InvalidOperationException($"{page.Url} has no main element.");
        var path = Path.Combine(TestOutput.Directory("help-screenshots"), file);
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = path,
            Clip = new Clip { X = main.X, Y = main.Y, Width = main.Width, Height = Math.Min(main.Height, MaxScreenshotHeight) },
        });
        if (Environment.GetEnvironmentVariable("MSIX_UPDATE_HELP_SCREENSHOTS") == "1")
        {
            File.Copy(path, Path.Combine(CommittedDirectory(), file), overwrite: true);
        }
        return file;
    }

    private static string CommittedDirectory() =>
        Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "src", "MsixPortal", "wwwroot", "help", "screenshots")).FullName;

    private static string ArticlesDirectory() =>
        Path.Combine(RepositoryRoot.Path, "src", "MsixPortal", "Features", "Help", "Articles");
}
