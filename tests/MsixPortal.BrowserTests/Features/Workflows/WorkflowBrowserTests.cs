using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests.Features.Workflows;

[Collection(BrowserSuite.Name)]
public class WorkflowBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task MoveNotice_SentOnAPhone_ReceivedAndLocatedByTheOtherState()
    {
        var student = await TestStudents.CreateAsync(browser.Portal.Services, "TX");
        var sender = await browser.SignInAsync(Viewport.Phone, PortalRoles.MepStaff, "TX");
        var receiver = await browser.SignInAsync(Viewport.Phone, PortalRoles.DataAdministrator, "NM");

        await sender.GotoAsync($"/records/{student.MsixId}");
        await sender.ClickAsync("[data-testid=send-move-notice]");
        await BrowserFixture.AssertAccessibleAsync(sender);
        await sender.SelectOptionAsync("#Input_StateCode", "NM");
        await sender.FillAsync("#Input_MoveDate", "2026-11-20");
        await sender.FillAsync("#Input_SenderContact", "Registrar, 555-0100");
        await BrowserFixture.ScreenshotAsync(sender, $"move-notice-form-{Viewport.Phone}");
        await sender.ClickAsync("form.usa-form button[type=submit]");
        await sender.ClickAsync("button:has-text('Confirm: send to NM')");
        await sender.WaitForURLAsync("**/move-notices/*");
        Assert.Equal("Sent", await sender.InnerTextAsync("[data-testid=status]"));

        await receiver.GotoAsync("/worklists");
        await BrowserFixture.AssertAccessibleAsync(receiver);
        await receiver.ClickAsync("[data-testid=worklist] a[href^='/move-notices/']");
        await receiver.WaitForURLAsync("**/move-notices/*");
        Assert.Equal("Sent", await receiver.InnerTextAsync("[data-testid=status]"));
        await receiver.ClickAsync("[data-testid=acknowledge] button");
        await receiver.WaitForSelectorAsync("[data-testid=result]");
        Assert.Equal("Received", await receiver.InnerTextAsync("[data-testid=status]"));
        await receiver.ClickAsync("[data-testid=outcomes] a:has-text('Located')");
        await receiver.ClickAsync("button:has-text('Confirm: Located')");
        await receiver.WaitForSelectorAsync("[data-testid=status]:has-text('Located')");
        await BrowserFixture.ScreenshotAsync(receiver, $"move-notice-located-{Viewport.Phone}");
        await BrowserFixture.AssertAccessibleAsync(receiver);

        await sender.GotoAsync("/move-notices");
        Assert.Equal("Located", await sender.InnerTextAsync("[data-testid=status]"));
        browser.AssertNoBrowserErrors(sender);
        browser.AssertNoBrowserErrors(receiver);
    }

    [Fact]
    public async Task Merge_FlaggedOnADesktopAndValidatedOnAPhoneByAnotherAdministrator()
    {
        var master = await TestStudents.CreateAsync(browser.Portal.Services, "TX");
        var duplicate = await TestStudents.CreateAsync(browser.Portal.Services, "CA");
        var flagger = await browser.SignInAsync(Viewport.Desktop, PortalRoles.DataAdministrator, "TX");
        var validator = await browser.SignInAsync(Viewport.Phone, PortalRoles.DataAdministrator, "CA");

        await flagger.GotoAsync($"/merge-split/merge?ids={master.MsixId}%20{duplicate.MsixId}");
        await BrowserFixture.AssertAccessibleAsync(flagger);
        // Without a master: the error summary links to the radio buttons, and the reason typed is kept.
        await flagger.FillAsync("#Reason", "Same child, same parents");
        await flagger.ClickAsync("button:has-text('Flag for merge')");
        await flagger.ClickAsync("[data-testid=error-summary] a[href='#MasterMsixId']");
        Assert.Equal("Same child, same parents", await flagger.InputValueAsync("#Reason"));
        await BrowserFixture.AssertAccessibleAsync(flagger);
        await flagger.ClickAsync($"label:text-is('{master.MsixId}')");
        await flagger.ClickAsync("button:has-text('Flag for merge')");
        Assert.Contains($"MSIX ID {master.MsixId} stays", await flagger.InnerTextAsync("[data-testid=what-changes]"), StringComparison.Ordinal);
        await flagger.ClickAsync("button:has-text('Confirm: flag for merge')");
        await flagger.WaitForURLAsync("**/merge-split/*?done=flagged");
        Assert.Equal("Pending", await flagger.InnerTextAsync("[data-testid=status]"));
        Assert.Contains("Flagged for merge", await flagger.InnerTextAsync("[data-testid=done]"), StringComparison.Ordinal);

        await validator.GotoAsync(flagger.Url);
        await BrowserFixture.ScreenshotAsync(validator, $"merge-review-{Viewport.Phone}");
        await BrowserFixture.AssertAccessibleAsync(validator);
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(validator, Viewport.Phone));
        await validator.ClickAsync("a:has-text('Validate and apply the merge')");
        Assert.Contains($"MSIX ID {master.MsixId} stays", await validator.InnerTextAsync("[data-testid=what-changes]"), StringComparison.Ordinal);
        await BrowserFixture.AssertAccessibleAsync(validator);
        await validator.ClickAsync("button:has-text('Validate and apply the merge')");
        await validator.WaitForSelectorAsync("[data-testid=status]:has-text('Validated')");
        Assert.Contains("The merge was applied", await validator.InnerTextAsync("[data-testid=done]"), StringComparison.Ordinal);

        await validator.GotoAsync($"/records/{duplicate.MsixId}");
        Assert.EndsWith($"/records/{master.MsixId}?mergedFrom={duplicate.MsixId}", validator.Url, StringComparison.Ordinal);
        browser.AssertNoBrowserErrors(flagger);
        browser.AssertNoBrowserErrors(validator);
    }
}
