using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.Data.Entities.Workflows;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.DataRequests;

/// <summary>Issue 17, second probe: two data administrators answering one request at once get one answer and one 409, never a 500.</summary>
public class DataRequestRaceTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    [Fact]
    public async Task Answer_TwoAdministratorsAtOnce_OneAnswerOtherConflictNo500()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX", "VT");
        var requester = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "TX");
        var first = await factory.SignInAsync(PortalRoles.DataAdministrator, "VT");
        var second = await factory.SignInAsync(PortalRoles.DataAdministrator, "VT");
        await DataRequestTests.SendAsync(requester.Client, student.MsixId, "VT");
        var id = await factory.WithDbAsync(db => db.DataRequests.Where(r => r.ConsolidatedStudentId == student.Id).Select(r => r.Id).SingleAsync());
        var path = $"/data-requests/{id}";
        // Both read the open request (and its form) before either answers.
        var forms = await Task.WhenAll(HtmlPage.GetAsync(first, path), HtmlPage.GetAsync(second, path));

        var answers = await Task.WhenAll(AnswerAsync(first, forms[0], path), AnswerAsync(second, forms[1], path));

        Assert.DoesNotContain(answers, a => (int)a.StatusCode >= 500);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var request = await factory.WithDbAsync(db => db.DataRequests.AsNoTracking().SingleAsync(r => r.Id == id));
        Assert.Equal(DataRequestStatus.Answered, request.Status);
    }

    private static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, HtmlPage page, string path)
    {
        using var content = new MultipartFormDataContent();
        foreach (var field in page.Form($"{path}/answer").Fields.Where(f => f.Key is not ("Message" or "Attachment")))
        {
            content.Add(new StringContent(field.Value), field.Key);
        }
        content.Add(new StringContent("Immunizations attached"), "Message");
        var part = new ByteArrayContent(DataRequestTests.Pdf);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(part, "Attachment", "record.pdf");
        return await client.PostAsync(new Uri($"{path}/answer", UriKind.Relative), content);
    }
}
