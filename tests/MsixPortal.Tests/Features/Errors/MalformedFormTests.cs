using System.Net;
using System.Text;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Errors;

/// <summary>Issue 17 point 11: a malformed form (a NUL byte, more than 1,024 fields) is a 400 with the portal's error page, not a 404.</summary>
public class MalformedFormTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    public static TheoryData<string, string> MalformedForms => new()
    {
        { "more than 1,024 fields", string.Join('&', Enumerable.Range(0, 1100).Select(i => $"f{i}=x")) },
        { "a NUL byte", "Email=a%00b@example.gov&Password=x\0y" },
    };

    [Theory]
    [MemberData(nameof(MalformedForms))]
    public async Task Post_MalformedForm_BadRequestWithThePortalsErrorPage(string what, string body)
    {
        var client = factory.CreatePortalClient();
        await PortalSignIn.AcceptNoticeAsync(client);

        var response = await client.PostAsync(new Uri("/account/signin", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
        var page = await HtmlPage.LoadAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {(int)response.StatusCode}");
        Assert.Equal("The request could not be processed", page.Document.QuerySelector("h1")?.TextContent.Trim());
    }
}
