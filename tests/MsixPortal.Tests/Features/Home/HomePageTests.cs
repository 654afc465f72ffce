using System.Net;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Home;

public class HomePageTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Get_Anonymous_ReturnsPage()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
