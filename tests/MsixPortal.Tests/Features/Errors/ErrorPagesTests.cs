using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Errors;

public class ErrorPagesTests(ProductionPortalAppFactory factory) : IClassFixture<ProductionPortalAppFactory>
{
    private HttpClient CreateClient() => factory.CreateClient(
        new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    [Fact]
    public async Task Get_UnhandledException_ShowsGenericPageWithCorrelationIdOnly()
    {
        var client = CreateClient();

        var response = await client.GetAsync(new Uri(ThrowingController.Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")?.TextContent.Trim());
        var correlationId = page.QuerySelector("[data-testid=correlation-id]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(correlationId));
        Assert.DoesNotContain(ThrowingController.SecretDetail, html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), html, StringComparison.Ordinal);
        Assert.DoesNotContain("stack", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(".cs:line", html, StringComparison.Ordinal);
        Assert.Contains(factory.Log.Events, e =>
            e.Exception is not null && e.Properties.TryGetValue("CorrelationId", out var id) && id.ToString() == $"\"{correlationId}\"");
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "/error/404", "Page not found")]
    [InlineData(HttpStatusCode.Forbidden, "/error/403", "You do not have access to this page")]
    [InlineData(HttpStatusCode.TooManyRequests, "/error/429", "Too many requests")]
    public async Task Get_ErrorStatus_ShowsFriendlyPageWithSameStatus(HttpStatusCode status, string path, string title)
    {
        var client = CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("[data-testid=correlation-id]"));
    }

    [Theory]
    [InlineData("/swagger")]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/.git/config")]
    [InlineData("/.git/HEAD")]
    [InlineData("/appsettings.json")]
    [InlineData("/MsixPortal.dll")]
    public async Task Get_DeveloperOrRepositoryPathInProduction_NotServed(string path)
    {
        var client = CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect,
            $"{path} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("[core]", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
