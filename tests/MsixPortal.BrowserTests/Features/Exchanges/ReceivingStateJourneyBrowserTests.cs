using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.BrowserTests.Features.Exchanges;

/// <summary>
/// Issue 18 points 5, 11-14, the receiving side: TX sends a move notice and a data request (each
/// after its confirmation page), and the other State, at 1280 px and at 360 px, reads its
/// notifications, records an outcome with a comment after confirming it, has a refused file
/// turned back with the answer kept, and answers with a PDF. Axe-checked, with screenshots.
/// </summary>
[Collection(BrowserSuite.Name)]
public class ReceivingStateJourneyBrowserTests(BrowserFixture browser)
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Theory]
    [InlineData(Viewport.Desktop, "VT")]
    [InlineData(Viewport.Phone, "NH")]
    public async Task OtherState_ReceivesANoticeAndARequestFromTexas_AndActsOnEach(int width, string state)
    {
        var student = await TestStudents.CreateAsync(browser.Portal.Services, "TX", state);
        var sender = await browser.SignInAsync(Viewport.Desktop, PortalRoles.MepStaff, "TX");
        var receiver = await browser.SignInAsync(width, PortalRoles.DataAdministrator, state);

        // Texas sends a move notice: its contact is filled in, the confirmation names the State.
        var noticeForm = await MoveNoticeFormPage.OpenFromRecordAsync(sender, student.MsixId);
        Assert.Contains("@", await noticeForm.ContactAsync(), StringComparison.Ordinal);
        var noticeConfirm = await noticeForm.ContinueAsync(state, "2026-11-20");
        Assert.Equal($"Send this move notice to {state}?", await noticeConfirm.HeadingAsync());
        var sentNotice = await noticeConfirm.ConfirmAsync();
        Assert.Equal($"Moving from TX to {state} (sent to {state}).", await sentNotice.KindAsync());

        // Texas asks for data: nothing is ticked until it ticks the State, which the confirmation names.
        var requestForm = await DataRequestFormPage.OpenAsync(sender, student.MsixId);
        Assert.Empty(await requestForm.TickedStatesAsync());
        var requestConfirm = await requestForm.ContinueAsync(state, "Enrolling next week", "2030-01-15");
        Assert.Equal(state, await requestConfirm.ReceivingStatesAsync());
        Assert.Contains("Your data request was sent", await requestConfirm.ConfirmAsync(), StringComparison.Ordinal);

        // The other State's notifications say what and where, with tap targets of at least 44 px.
        var notifications = await NotificationsPage.OpenAsync(receiver);
        var texts = await notifications.TextsAsync();
        Assert.Contains(texts, t => t.StartsWith("A move notice is waiting for your State (no. ", StringComparison.Ordinal) && t.Contains("from TX", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("A data request is waiting for your State (no. ", StringComparison.Ordinal) && t.Contains("from TX", StringComparison.Ordinal));
        Assert.All(await notifications.TapTargetHeightsAsync(), height => Assert.True(height >= 44, $"A tap target is {height} px tall."));
        await BrowserFixture.AssertAccessibleAsync(receiver);
        await BrowserFixture.ScreenshotAsync(receiver, $"exchange-notifications-{width}");
        Assert.Empty(await BrowserFixture.ElementsWiderThanAsync(receiver, width));

        // The move notice reads from the receiver's side; the outcome is confirmed, with a comment.
        await notifications.OpenAsync("A move notice", "**/move-notices/*");
        var notice = new MoveNoticePage(receiver);
        Assert.Equal("Moving to your State (from TX).", await notice.KindAsync());
        await BrowserFixture.AssertAccessibleAsync(receiver);
        var outcome = await notice.ChooseOutcomeAsync("Located");
        await BrowserFixture.AssertAccessibleAsync(receiver);
        await BrowserFixture.ScreenshotAsync(receiver, $"exchange-outcome-confirm-{width}");
        notice = await outcome.ConfirmWithCommentAsync("Found at the middle school");
        Assert.Contains("Outcome recorded: Located", await notice.ResultAsync(), StringComparison.Ordinal);
        Assert.Equal("Located", await notice.StatusAsync());

        // The handled notice has left the list; the data request is answered, a refused file first.
        notifications = await NotificationsPage.OpenAsync(receiver);
        Assert.DoesNotContain(await notifications.TextsAsync(), t => t.Contains("move notice", StringComparison.Ordinal));
        await notifications.OpenAsync("A data request", "**/data-requests/*");
        var request = new DataRequestPage(receiver);
        await request.AnswerAsync("Immunizations attached", "notes.txt", "text/plain", "plain text"u8.ToArray());
        Assert.Contains("PDF, PNG or JPEG", await request.ErrorSummaryAsync(), StringComparison.Ordinal);
        Assert.Equal("Immunizations attached", await request.MessageAsync());
        Assert.Equal("Open", await request.StatusAsync());
        await BrowserFixture.AssertAccessibleAsync(receiver);
        await BrowserFixture.ScreenshotAsync(receiver, $"exchange-refused-file-{width}");
        await request.AnswerAsync("Immunizations attached", "record.pdf", "application/pdf", Pdf);
        Assert.Contains("with the attached file", await request.DoneAsync(), StringComparison.Ordinal);
        Assert.Equal("Answered", await request.StatusAsync());
        await BrowserFixture.ScreenshotAsync(receiver, $"exchange-answered-{width}");

        // Texas sees the outcome in its list of sent notices.
        await sender.GotoAsync("/move-notices");
        Assert.Equal("Located", await sender.InnerTextAsync("[data-testid=status]"));
        browser.AssertNoBrowserErrors(sender);
        browser.AssertNoBrowserErrors(receiver);
    }
}
