using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Errors;

/// <summary>The portal in the Production environment, with the test-only throwing controller.</summary>
public sealed class ProductionPortalAppFactory : PortalAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(ThrowingController.AddTo);
    }
}
