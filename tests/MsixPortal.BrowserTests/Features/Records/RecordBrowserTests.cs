using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MsixPortal.Authorization;
using MsixPortal.Data;
using MsixPortal.Features.Audit;
using MsixPortal.TestSupport.Records;
using UglyToad.PdfPig;

namespace MsixPortal.BrowserTests.Features.Records;

[Collection(BrowserSuite.Name)]
public class RecordBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(Viewport.Desktop)]
    [InlineData(Viewport.Phone)]
    public async Task Record_OpenedFromSearchResults_SummaryFirstSectionsExpandAccessible(int width)
    {
        var student = await RecordTestData.SaveFullChildAsync(browser.Portal.Services);
        var page = await browser.SignInAsync(width, PortalRoles.MepStaff);

        await page.GotoAsync("/search");
        await page.FillAsync("#Input_MsixId", student.MsixId);
        await page.ClickAsync("button.portal-search__submit");
        await page.WaitForURLAsync("**/search/results/**");
        await page.Locator($"a[href='/records/{student.MsixId}']").ClickAsync();
        await page.WaitForURLAsync($"**/records/{student.MsixId}");

        Assert.True(await page.Locator(".record-summary").IsVisibleAsync());
        Assert.Contains("Eligible until", await page.Locator(".record-summary").InnerTextAsync(), StringComparison.Ordinal);
        var credits = page.Locator("#courses table.record-credits");
        Assert.False(await credits.IsVisibleAsync());
        await page.Locator("#courses > summary").ClickAsync();
        Assert.True(await credits.IsVisibleAsync());
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await BrowserFixture.ScreenshotAsync(page, $"record-{width}", fullPage: false);
        await page.Locator(".record-expand-all").ClickAsync();
        Assert.True(await page.Locator("#state-records table").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, $"record-{width}-expanded");
        await BrowserFixture.AssertAccessibleAsync(page);
        Assert.Empty(await WiderThanWindowAsync(page));
        browser.AssertNoBrowserErrors(page);
    }

    [Fact]
    public async Task Record_PrintMedia_RecordAloneWithNoticeMsixIdAndPageNumbers()
    {
        var student = await RecordTestData.SaveFullChildAsync(browser.Portal.Services);
        var page = await browser.SignInAsync(Viewport.Desktop, PortalRoles.MepStaff);
        await page.GotoAsync("/records/" + student.MsixId);

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await BrowserFixture.ScreenshotAsync(page, "record-print-preview");
        Assert.False(await page.Locator("header.usa-header").IsVisibleAsync());
        Assert.False(await page.Locator("#export").IsVisibleAsync());
        Assert.True(await page.Locator(".record-print-notice").IsVisibleAsync());
        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
        await File.WriteAllBytesAsync(Path.Combine(TestOutput.Directory("browser"), "record-print.pdf"), pdf);

        var pages = PdfPages(pdf);
        Assert.True(pages.Count >= 2, $"expected the record to take several printed pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
            Assert.Contains("personally identifiable information", pages[i], StringComparison.OrdinalIgnoreCase);
            Assert.Contains("MSIX ID " + student.MsixId, pages[i], StringComparison.Ordinal);
        }
        var all = string.Join(' ', pages);
        Assert.Contains("30 clock hours so far", all, StringComparison.Ordinal);
        Assert.Contains("STAAR Álgebra I", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Skip to main content", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Export this record", all, StringComparison.Ordinal);
        Assert.True(await PrintAuditedAsync(student.MsixId), "Printing was not recorded in the audit trail.");
    }

    [Fact]
    public async Task Record_ExportEachFormat_DownloadsNamedByMsixId()
    {
        var student = await RecordTestData.SaveFullChildAsync(browser.Portal.Services);
        var page = await browser.SignInAsync(Viewport.Desktop, PortalRoles.MepStaff);
        await page.GotoAsync("/records/" + student.MsixId);
        await page.Locator("label[for=export-section-demographics]").ClickAsync();
        await page.Locator("label[for=export-section-course-history]").ClickAsync();
        await page.SelectOptionAsync("#Export_Purpose", "Enrollment");
        await BrowserFixture.ScreenshotAsync(page, "record-export-form");
        await BrowserFixture.AssertAccessibleAsync(page);
        // Checked before downloading: Chromium reports each download's navigation as aborted.
        browser.AssertNoBrowserErrors(page);

        foreach (var (format, extension, magic) in new[] { ("pdf", "pdf", "%PDF"), ("xlsx", "xlsx", "PK"), ("csv", "zip", "PK") })
        {
            await page.Locator($"label[for=export-format-{format}]").ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export button[type=submit]"));

            Assert.Matches($"^msix-{student.MsixId}-\\d{{8}}\\.{extension}$", download.SuggestedFilename);
            var path = await download.PathAsync();
            var head = new byte[magic.Length];
            await using (var file = File.OpenRead(path))
            {
                await file.ReadExactlyAsync(head);
            }
            Assert.Equal(magic, System.Text.Encoding.ASCII.GetString(head));
        }
    }

    /// <summary>Whether the print beacon (sent by record.js on beforeprint) reached the audit trail within a few seconds.</summary>
    private async Task<bool> PrintAuditedAsync(string msixId)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var scope = browser.Portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            if (await db.AuditEvents.AnyAsync(e => e.Action == AuditActions.RecordPrinted && e.TargetId == msixId))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    /// <summary>Elements that stick out of the window (tables inside their own scrolling region excepted).</summary>
    private static Task<string[]> WiderThanWindowAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('body *')]
            .filter(e => !e.closest('.record-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map(e => `${e.tagName}.${e.className} right=${Math.round(e.getBoundingClientRect().right)}`)
            .slice(0, 15)
        """);

    private static List<string> PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text)))];
    }
}
