using System.Net;
using System.Net.Http.Headers;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.DataRequests;

public class DataRequestTests(WorkflowAppFactory factory) : IClassFixture<WorkflowAppFactory>
{
    internal static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task DataRequest_OpenAnsweredWithPdfClosed_RequesterSeesAnswerAndFile()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "TX", "WA");
        var requester = await factory.SignInNewUserAsync([PortalRoles.MepStaff], "OR");
        var waAdmin = await factory.SignInNewUserAsync([PortalRoles.DataAdministrator], "WA");

        var sent = await SendAsync(requester.Client, student.MsixId, "WA");
        await factory.Mail.LatestToAsync(waAdmin.Account.Email);
        var path = (await HtmlPage.GetAsync(requester.Client, "/data-requests")).Document
            .QuerySelector("[data-testid=sent-requests] a")!.GetAttribute("href")!;
        var answered = await AnswerAsync(waAdmin.Client, path, Pdf, "record.pdf");
        var requesterView = await HtmlPage.GetAsync(requester.Client, path);
        var file = await requester.Client.GetAsync(new Uri($"{path}/attachment", UriKind.Relative));
        var closed = await requesterView.Form($"{path}/close").PostAsync(requester.Client);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal("Answered", requesterView.Text("[data-testid=status]"));
        Assert.Contains("Immunizations attached", requesterView.Text("[data-testid=answer]"), StringComparison.Ordinal);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("Closed", (await HtmlPage.GetAsync(requester.Client, path)).Text("[data-testid=status]"));
    }

    [Fact]
    public async Task Answer_FileThatIsNotReallyAPdf_RefusedAndNothingStored()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "ID");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var admin = await factory.SignInAsync(PortalRoles.DataAdministrator, "ID");
        await SendAsync(requester, student.MsixId, "ID");
        var path = (await HtmlPage.GetAsync(requester, "/data-requests")).Document
            .QuerySelector("[data-testid=sent-requests] a")!.GetAttribute("href")!;

        var refused = await HtmlPage.LoadAsync(await AnswerAsync(admin, path, "<html><script>x</script></html>"u8.ToArray(), "fake.pdf"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("PDF, PNG or JPEG", refused.Text("[data-testid=error-summary]"), StringComparison.Ordinal);
        Assert.Equal("Open", (await HtmlPage.GetAsync(requester, path)).Text("[data-testid=status]"));
    }

    [Fact]
    public async Task Send_ToAStateThatSubmittedNoRecord_Refused()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "MT");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "TX");

        var page = await ReviewAsync(requester, student.MsixId, "NY");
        var sent = await HtmlPage.LoadAsync(await WorkflowForms.PostAsync(requester, student.MsixId, $"/records/{student.MsixId}/data-requests",
            ("StateCodes", "NY"), ("Kinds", "Immunization"), ("Reason", "Enrolling"), ("NeededBy", "2030-01-15")));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Choose the State", page.Errors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("Choose the State", sent.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_InvalidFormForARecordThatDoesNotExist_NotFoundNotServerError()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "MT");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        var fields = (await HtmlPage.GetAsync(requester, $"/records/{student.MsixId}/data-requests/new"))
            .Form($"/records/{student.MsixId}/data-requests/review").Set("Reason", "").Set("NeededBy", "not-a-date").Fields;

        var response = await requester.PostAsync(new Uri("/records/999999999999/data-requests/review", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Show_AdministratorOfAnotherState_Forbidden()
    {
        var student = await TestStudents.CreateAsync(factory.Services, "UT");
        var requester = await factory.SignInAsync(PortalRoles.MepStaff, "TX");
        await SendAsync(requester, student.MsixId, "UT");
        var path = (await HtmlPage.GetAsync(requester, "/data-requests")).Document
            .QuerySelector("[data-testid=sent-requests] a")!.GetAttribute("href")!;
        var outsider = await factory.SignInAsync(PortalRoles.DataAdministrator, "NV");

        var view = await outsider.GetAsync(new Uri(path, UriKind.Relative));
        var file = await outsider.GetAsync(new Uri($"{path}/attachment", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, view.StatusCode);
        Assert.True(file.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound);
    }

    /// <summary>The form, its confirmation page (POST .../review), then the confirmed send; returns the send's response.</summary>
    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, string msixId, string state)
    {
        var confirm = await ReviewAsync(client, msixId, state);
        return await confirm.Form($"/records/{msixId}/data-requests").PostAsync(client);
    }

    /// <summary>The confirmation page for a request to <paramref name="states"/> (nothing is sent yet).</summary>
    internal static async Task<HtmlPage> ReviewAsync(HttpClient client, string msixId, params string[] states)
    {
        var page = await HtmlPage.GetAsync(client, $"/records/{msixId}/data-requests/new");
        var fields = page.Form($"/records/{msixId}/data-requests/review").Fields
            .Where(f => f.Key is not ("StateCodes" or "Kinds" or "Reason" or "NeededBy")).ToList();
        fields.AddRange(states.Select(s => new KeyValuePair<string, string>("StateCodes", s)));
        fields.Add(new("Kinds", "Immunization"));
        fields.Add(new("Reason", "Enrolling next week"));
        fields.Add(new("NeededBy", "2030-01-15"));
        return await HtmlPage.LoadAsync(await client.PostAsync(new Uri($"/records/{msixId}/data-requests/review", UriKind.Relative),
            new FormUrlEncodedContent(fields)));
    }

    internal static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, string path, byte[] file, string fileName)
    {
        var form = (await HtmlPage.GetAsync(client, path)).Form($"{path}/answer");
        using var content = new MultipartFormDataContent();
        foreach (var field in form.Fields.Where(f => f.Key != "Message" && f.Key != "Attachment"))
        {
            content.Add(new StringContent(field.Value), field.Key);
        }
        content.Add(new StringContent("Immunizations attached"), "Message");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(part, "Attachment", fileName);
        return await client.PostAsync(new Uri($"{path}/answer", UriKind.Relative), content);
    }
}
