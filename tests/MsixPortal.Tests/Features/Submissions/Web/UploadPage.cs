using System.Net;
using System.Net.Http.Headers;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Web;

/// <summary>The upload form as a browser posts it (multipart, with the antiforgery token), and the wait for the result.</summary>
internal static class UploadPage
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] file, string mode, string fileName = "submission.xml")
    {
        var form = (await HtmlPage.GetAsync(client, "/submissions/upload")).Form("/submissions/upload");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields.Where(f => f.Key != "File"))
        {
            content.Add(new StringContent(value), name);
        }
        content.Add(new StringContent(mode), "Mode");
        var fileContent = new ByteArrayContent(file);
        fileContent.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(fileContent, "File", fileName);
        return await client.PostAsync(new Uri("/submissions/upload", UriKind.Relative), content);
    }

    /// <summary>Uploads and follows the progress page (as its Refresh header would) to the result page.</summary>
    public static async Task<HtmlPage> UploadAsync(HttpClient client, byte[] file, string mode)
    {
        var posted = await PostAsync(client, file, mode);
        if (posted.StatusCode != HttpStatusCode.Redirect)
        {
            return await HtmlPage.LoadAsync(posted);
        }
        return await FollowAsync(client, posted.LocationPath()!);
    }

    public static async Task<HtmlPage> FollowAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                url = response.Headers.Location!.OriginalString;
                continue;
            }
            if (!response.Headers.Contains("Refresh") || DateTime.UtcNow > deadline)
            {
                return await HtmlPage.LoadAsync(response);
            }
            await Task.Delay(100);
        }
    }
}
