using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.DataRequests;

/// <summary>Issue 18 point 12: an answer can be corrected (its file kept unless replaced) until the requester reads it.</summary>
public class DataRequestCorrectionTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Answer_CorrectedUntilTheRequesterOpensItsNotification_ThenNoMore()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "WV");
        var requester = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "PA");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "WV");
        await DataRequestTests.SendAsync(requester.Client, student.MsixId, "WV");
        var id = await factory.WithDbAsync(db => db.DataRequests.Where(r => r.ConsolidatedStudentId == student.Id).Select(r => r.Id).SingleAsync());
        var path = $"/data-requests/{id}";
        await DataRequestTests.AnswerAsync(admin, path, DataRequestTests.Pdf, "record.pdf");

        var answeredAt = await factory.WithDbAsync(db => db.DataRequests.Where(r => r.Id == id).Select(r => r.AnsweredAt).SingleAsync());
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var correctionForm = await HtmlPage.GetAsync(admin, path);
        var corrected = await correctionForm.Form($"{path}/answer").Set("Message", "Immunizations attached, and the 2025 booster").PostAsync(admin);
        var requesterView = await HtmlPage.GetAsync(requester.Client, path);
        var file = await requester.Client.GetAsync(new Uri($"{path}/attachment", UriKind.Relative));
        var notifications = await HtmlPage.GetAsync(requester.Client, "/notifications");
        await notifications.Form(notifications.Document.QuerySelector("[data-testid=notification] form")!.GetAttribute("action")).PostAsync(requester.Client);
        var afterReading = await HtmlPage.GetAsync(admin, path);
        var lateCorrection = await correctionForm.Form($"{path}/answer").Set("Message", "Too late").Set("SubmissionKey", Guid.NewGuid().ToString()).PostAsync(admin);

        Assert.Equal("Immunizations attached", correctionForm.Text("#Message"));
        Assert.NotNull(correctionForm.Document.QuerySelector("[data-testid=correction-note]"));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.StartsWith("Immunizations attached, and the 2025 booster", requesterView.Text("[data-testid=answer]"), StringComparison.Ordinal);
        Assert.Equal(DataRequestTests.Pdf, await file.Content.ReadAsByteArrayAsync());
        // Timeliness counts the first answer: a correction keeps its time.
        Assert.Equal(answeredAt, await factory.WithDbAsync(db => db.DataRequests.Where(r => r.Id == id).Select(r => r.AnsweredAt).SingleAsync()));
        Assert.Contains("corrected", notifications.Text("[data-testid=notifications]"), StringComparison.Ordinal);
        Assert.Null(afterReading.Document.QuerySelector($"form[action='{path}/answer']"));
        Assert.Equal(HttpStatusCode.Conflict, lateCorrection.StatusCode);
    }
}
