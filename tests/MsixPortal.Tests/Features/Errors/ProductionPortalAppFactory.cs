using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Features.Errors;

/// <summary>
/// The portal in the Production environment, with the test-only throwing controller and the
/// settings Production refuses to start without (key-encryption certificate, public https
/// address, allowed hosts).
/// </summary>
public sealed class ProductionPortalAppFactory : PortalAppFactory
{
    private const string CertificatePassword = "test-only-pfx-password";
    private readonly string _certificatePath = TestCertificates.WriteSelfSignedPfx(CertificatePassword);

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["DataProtection:CertificatePath"] = _certificatePath,
        ["DataProtection:CertificatePassword"] = CertificatePassword,
        ["Portal:BaseUrl"] = "https://msix.example.gov",
        ["AllowedHosts"] = "localhost",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(ThrowingController.AddTo);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_certificatePath);
        GC.SuppressFinalize(this);
    }
}
