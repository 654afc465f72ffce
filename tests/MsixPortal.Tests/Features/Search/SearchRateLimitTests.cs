using System.Net;
using MsixPortal.Authorization;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Search;

public sealed class SmallSearchLimitFactory : PortalAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } =
        new Dictionary<string, string?> { ["Search:PermitsPerMinute"] = "3" };
}

public class SearchRateLimitTests(SmallSearchLimitFactory factory) : IClassFixture<SmallSearchLimitFactory>
{
    [Fact]
    public async Task Search_BeyondTheLimitPerMinute_429WithRetryAfterAndAClearPage()
    {
        var client = await factory.SignInAsync(PortalRoles.MepStaff);
        var other = await factory.SignInAsync(PortalRoles.MepStaff);
        var first = await SearchPagesTests.SubmitAsync(client, ("Input.LastName", "Soto"));
        var results = first.LocationPath()!;
        await client.GetAsync(results);
        await client.GetAsync(results);

        var refused = await client.GetAsync(results);
        var page = await HtmlPage.LoadAsync(refused);
        var otherUser = await SearchPagesTests.SubmitAsync(other, ("Input.LastName", "Soto"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many searches", page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, otherUser.StatusCode);
    }
}
