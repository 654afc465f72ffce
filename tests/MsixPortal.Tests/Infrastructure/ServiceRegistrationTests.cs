using System.Net;
using Microsoft.Extensions.Hosting;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Infrastructure;

/// <summary>The portal with the container checks Development turns on (scripts/run.sh runs Development).</summary>
public sealed class ValidatingPortalAppFactory : PortalAppFactory
{
    protected override IHost CreateHost(IHostBuilder builder)
    {
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        return base.CreateHost(builder);
    }
}

public class ServiceRegistrationTests(ValidatingPortalAppFactory factory) : IClassFixture<ValidatingPortalAppFactory>
{
    [Fact]
    public async Task Start_ScopeValidationOn_NoSingletonCapturesScopedServiceAndHomeAnswers()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
