using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Data.Entities.StateRecords;
using MsixPortal.Data.Entities.Students;
using MsixPortal.Data.MsixIds;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests.Features.Search;

[Collection(BrowserSuite.Name)]
public class SearchBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Search_NameVariantAndBirthDate_ShowsAccessibleResultCard(int width)
    {
        var msixId = await AddChildAsync(width);
        var page = await SignInAsync(width);

        await page.GotoAsync("/search");
        await BrowserFixture.ScreenshotAsync(page, $"search-form-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        await page.FillAsync("#Input_FirstName", "Liz-et");
        await page.FillAsync("#Input_LastName", Surnames(width));
        await page.FillAsync("#Input_BirthDate", "05/02/2013");
        await page.ClickAsync("button.portal-search__submit");

        await page.WaitForURLAsync("**/search/results/**");
        // The other width's child shares the birth date and sounds alike: it may follow, never lead.
        var card = page.Locator(".portal-result").First;
        Assert.Contains("birth date exact", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/records/" + msixId, await card.Locator("h2 a").GetAttributeAsync("href"));
        Assert.DoesNotContain("Liz", page.Url, StringComparison.OrdinalIgnoreCase);
        await BrowserFixture.ScreenshotAsync(page, $"search-results-{width}");
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(page, width));
        browser.AssertNoBrowserErrors(page);
    }

    [Fact]
    public async Task Search_Phone_AdvancedOptionsOpenWithoutScript()
    {
        var page = await SignInAsync(Viewport.Phone);
        await page.GotoAsync("/search");
        Assert.False(await page.Locator("#Input_ParentName").IsVisibleAsync());

        await page.Locator("details.portal-search__advanced summary").ClickAsync();

        Assert.True(await page.Locator("#Input_ParentName").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, $"search-advanced-{Viewport.Phone}");
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(page, Viewport.Phone));
    }

    private async Task<IPage> SignInAsync(int width)
    {
        var account = await TestAccounts.CreateAsync(browser.Portal.Services, [PortalRoles.MepStaff], "TX");
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

    private async Task<string> AddChildAsync(int width)
    {
        await using var scope = browser.Portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = DateTime.UtcNow;
        var student = new ConsolidatedStudent { MsixId = await scope.ServiceProvider.GetRequiredService<MsixIdGenerator>().NextAsync(), CreatedAt = now };
        student.StateRecords.Add(new StateStudentRecord
        {
            StateCode = "TX", StateStudentId = "BR" + width, StateStudentIdType = "01", FirstName = "Lissete",
            LastName1 = Surnames(width).Split(' ')[0], LastName2 = Surnames(width).Split(' ')[1], Sex = "Female", BirthDate = new DateOnly(2013, 5, 2),
            Parent1FirstName = "Rosa", Parent1LastName = "Arce", CreatedAt = now, LastSubmittedAt = now,
            Enrollments = [new Enrollment { EnrollmentDate = new DateOnly(2024, 8, 20), EnrollmentType = "01", SchoolOrProjectName = "Lincoln Elementary", SubmittedAt = now }],
        });
        db.ConsolidatedStudents.Add(student);
        await db.SaveChangesAsync();
        return student.MsixId;
    }

    /// <summary>Each width's journey has its own child, so the two runs do not find each other's.</summary>
    private static string Surnames(int width) => width == Viewport.Phone ? "Villaseñor Ochoa" : "Quiñonez Arce";
}
