using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.MoveNotices;

/// <summary>The outcomes other than "located" (covered by the full lifecycle test); an outcome can be changed until the notice is closed, not after.</summary>
public class MoveNoticeOutcomeTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Theory]
    [InlineData(nameof(MoveNoticeStatus.Enrolled), "Enrolled")]
    [InlineData(nameof(MoveNoticeStatus.NotFound), "Not found")]
    public async Task Outcome_EnrolledOrNotFound_ShownToTheSenderAndNoOutcomeOnceClosed(string outcome, string shown)
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var receiver = await factory.SignInAsync(PortalRoles.DataAdministrator, "WA");
        var path = (await SendAsync(sender, student.MsixId, "WA")).LocationPath()!;
        var confirm = await HtmlPage.GetAsync(receiver, $"{path}/outcome?outcome={outcome}");

        var recorded = await confirm.Form($"{path}/outcome").PostAsync(receiver);
        var senderView = await HtmlPage.GetAsync(sender, path);
        var sentList = await HtmlPage.GetAsync(sender, "/move-notices");
        await (await HtmlPage.GetAsync(receiver, path)).Form($"{path}/close").PostAsync(receiver);
        var afterClosing = await WorkflowForms.PostAsync(receiver, student.MsixId, $"{path}/outcome", ("outcome", nameof(MoveNoticeStatus.Located)));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, afterClosing.StatusCode);
        Assert.Equal(shown, senderView.Text("[data-testid=status]"));
        Assert.Equal(shown, sentList.Text("[data-testid=status]"));
    }

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, string msixId, string toState)
    {
        var page = await HtmlPage.GetAsync(client, $"/records/{msixId}/move-notices/new");
        var filled = page.Form($"/records/{msixId}/move-notices/review")
            .Set("Input.Kind", nameof(MoveNoticeKind.MovingTo)).Set("Input.StateCode", toState)
            .Set("Input.MoveDate", "2026-11-20").Set("Input.SenderContact", "Registrar, 555-0100");
        return await (await WorkflowForms.ConfirmAsync(client, filled)).PostAsync(client);
    }
}
