using System.Net;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.MoveNotices;

/// <summary>The outcomes other than "located" (covered by the full lifecycle test), and that an outcome is recorded only once.</summary>
public class MoveNoticeOutcomeTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Theory]
    [InlineData(nameof(MoveNoticeStatus.Enrolled), "Enrolled")]
    [InlineData(nameof(MoveNoticeStatus.NotFound), "Not found")]
    public async Task Outcome_EnrolledOrNotFound_ShownToTheSenderAndNoSecondOutcome(string outcome, string shown)
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX");
        var sender = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var receiver = await factory.SignInAsync(PortalRoles.DataAdministrator, "WA");
        var path = (await SendAsync(sender, student.MsixId, "WA")).LocationPath()!;
        var opened = await HtmlPage.GetAsync(receiver, path);

        var recorded = await opened.Form($"{path}/outcome").Set("outcome", outcome).PostAsync(receiver);
        var second = await WorkflowForms.PostAsync(receiver, student.MsixId, $"{path}/outcome", ("outcome", nameof(MoveNoticeStatus.Located)));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(shown, (await HtmlPage.GetAsync(sender, path)).Text("[data-testid=status]"));
        Assert.Equal(shown, (await HtmlPage.GetAsync(sender, "/move-notices")).Text("[data-testid=status]"));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string msixId, string toState)
    {
        var page = await HtmlPage.GetAsync(client, $"/records/{msixId}/move-notices/new");
        return await page.Form($"/records/{msixId}/move-notices")
            .Set("Input.Kind", nameof(MoveNoticeKind.MovingTo)).Set("Input.StateCode", toState)
            .Set("Input.MoveDate", "2026-11-20").Set("Input.SenderContact", "Registrar, 555-0100")
            .PostAsync(client);
    }
}
