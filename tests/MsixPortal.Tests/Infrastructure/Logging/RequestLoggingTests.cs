using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Infrastructure.Logging;

public class RequestLoggingTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    private const string CanaryName = "Xochitl-Canary-Quetzalli";
    private const string CanaryBirthDate = "2011-04-05";
    private const string CanaryCookie = "CanaryCookieValue-7731";
    private const string CanaryHeader = "CanaryHeaderValue-9152";
    private const string CanaryFormValue = "CanaryParentName-Brambila";

    [Fact]
    public async Task Request_WithPiiInQueryCookieHeaderAndForm_LogsPathButNoCanary()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var get = new HttpRequestMessage(HttpMethod.Get,
            $"/?firstName={CanaryName}&birthDate={CanaryBirthDate}");
        get.Headers.Add("Cookie", $"note={CanaryCookie}");
        get.Headers.Add("X-Note", CanaryHeader);
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/no-such-page?q={CanaryName}")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["parent"] = CanaryFormValue }),
        };

        var getResponse = await client.SendAsync(get);
        var postResponse = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, getResponse.StatusCode);
        Assert.False(postResponse.IsSuccessStatusCode);
        var requests = factory.Log.RequestEvents().Select(e => e.Properties["RequestPath"].ToString()).ToList();
        Assert.Contains("\"/\"", requests);
        Assert.Contains("\"/no-such-page\"", requests);
        var logged = factory.Log.AllText();
        Assert.DoesNotContain(CanaryName, logged, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(CanaryBirthDate, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryCookie, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryHeader, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryFormValue, logged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_Completed_LogsMethodStatusElapsedAndCorrelationId()
    {
        var client = factory.CreateClient();

        await client.GetAsync(new Uri("/error/404?from=test", UriKind.Relative));

        var logged = factory.Log.RequestEvents().Last(e => e.Properties["RequestPath"].ToString() == "\"/error/404\"");
        Assert.Equal("\"GET\"", logged.Properties["RequestMethod"].ToString());
        Assert.Equal("404", logged.Properties["StatusCode"].ToString());
        Assert.True(logged.Properties.ContainsKey("Elapsed"));
        Assert.False(string.IsNullOrWhiteSpace(logged.Properties["CorrelationId"].ToString().Trim('"')));
    }
}
