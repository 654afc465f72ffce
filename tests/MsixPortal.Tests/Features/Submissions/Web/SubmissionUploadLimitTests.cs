using System.Net;
using Microsoft.EntityFrameworkCore;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Submissions.Web;

/// <summary>The portal with a 4 KB file limit, so that an over-size upload is cheap to send.</summary>
public sealed class SmallUploadLimitFactory : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Submissions:MaxFileBytes"] = "4096" };
}

public class SubmissionUploadLimitTests(SmallUploadLimitFactory factory) : IClassFixture<SmallUploadLimitFactory>
{
    [Fact]
    public async Task Upload_OverTheSizeLimit_ShowsLimitOnTheFormAndStoresNothing()
    {
        var client = await factory.SignInAsync(PortalRoles.DataAdministrator, "TX");
        var file = SubmissionFiles.XmlBytes("TX", Enumerable.Range(1, 10).Select(i => TestStudent.Child("TX", $"B{i}")).ToList());
        Assert.True(file.Length > 4096);

        var page = await HtmlPage.LoadAsync(await UploadPage.PostAsync(client, file, "submit"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("larger than the limit", page.Text("[data-testid=upload-problem]"), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }

    [Fact]
    public async Task ApiPost_OverTheSizeLimit_PayloadTooLargeWithMessage()
    {
        var http = (await Api.TestApiClient.CreateAsync(factory)).CreateHttpClient(factory);
        var file = SubmissionFiles.XmlBytes("TX", Enumerable.Range(1, 10).Select(i => TestStudent.Child("TX", $"B{i}")).ToList());

        var response = await http.PostAsync(new Uri("/api/v1/submissions", UriKind.Relative), Api.TestApiClient.Content(file));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than the limit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Submissions.CountAsync()));
    }
}
