using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Security;

/// <summary>
/// A form body the server cannot read gets 400, not a 500 from an action run with null arguments
/// (security.md 45). sqlmap found both bodies on the upload form (scripts/scan.sh): the antiforgery
/// token travelled in the RequestVerificationToken header, so antiforgery did not read the body.
/// </summary>
public class UnreadableFormTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string Boundary = "----UnreadableFormTests";

    public static TheoryData<string, string> UnreadableParts => new()
    {
        // A quote left open in the file name: the part's Content-Disposition cannot be parsed.
        { "/submissions/upload", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"File\"; filename=\"students'<\"\">x.json\"\r\nContent-Type: application/json\r\n\r\n{{}}\r\n" },
        // A part header ending in a bare LF (sqlmap 1.7 adds such parts through --eval).
        { "/submissions/upload", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"__Host\\-msix\"\n\r\nx\r\n" },
        // Any form, not only the upload: the search form with the same bare LF.
        { "/search", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"Input.LastName\"\n\r\nGarcia\r\n" },
    };

    [Theory]
    [MemberData(nameof(UnreadableParts))]
    public async Task Post_UnreadableMultipartBodyWithHeaderToken_BadRequest(string path, string unreadablePart)
    {
        var client = (await factory.SignInNewUserAsync([PortalRoles.DataAdministrator, PortalRoles.MepStaff], "TX")).Client;
        var token = (await HtmlPage.GetAsync(client, path)).Form(path)["__RequestVerificationToken"]!;
        var body = unreadablePart + $"--{Boundary}\r\nContent-Disposition: form-data; name=\"Mode\"\r\n\r\ndry-run\r\n--{Boundary}--\r\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        request.Headers.Add("RequestVerificationToken", token);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>The upload page's GET has no parameters, so nothing reads the body: served as usual (sqlmap's token GET was answered 400 before).</summary>
    [Fact]
    public async Task Get_FormContentTypeWithoutBodyOnPageWithoutParameters_Served()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/submissions/upload", UriKind.Relative)) { Content = new ByteArrayContent([]) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Upload_ReadableBodyWithHeaderToken_ReachesTheForm()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var token = (await HtmlPage.GetAsync(client, "/submissions/upload")).Form("/submissions/upload")["__RequestVerificationToken"]!;
        using var content = new MultipartFormDataContent(Boundary) { { new StringContent("dry-run"), "Mode" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/submissions/upload", UriKind.Relative)) { Content = content };
        request.Headers.Add("RequestVerificationToken", token);

        var page = await HtmlPage.LoadAsync(await client.SendAsync(request));

        // No file: the handler ran and answered with the form's own message.
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Choose an XML or JSON file", page.Text("[data-testid=upload-problem]"), StringComparison.Ordinal);
    }
}
