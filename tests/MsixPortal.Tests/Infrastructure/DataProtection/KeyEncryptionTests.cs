using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using MsixPortal.TestSupport;

namespace MsixPortal.Tests.Infrastructure.DataProtection;

public sealed class KeyEncryptionTests(PortalAppFactory database) : IClassFixture<PortalAppFactory>, IDisposable
{
    private const string Purpose = "MsixPortal.Tests.KeyEncryption";
    private const string Password = "test-only-pfx-password";
    private readonly string _certificatePath = TestCertificates.WriteSelfSignedPfx(Password);

    [Fact]
    public async Task Protect_CertificateConfigured_StoresKeysEncryptedAndSharesThem()
    {
        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = _certificatePath,
            ["DataProtection:CertificatePassword"] = Password,
        };
        await using var instanceA = new SharedDatabasePortalFactory(database.ConnectionString, settings);
        await using var instanceB = new SharedDatabasePortalFactory(database.ConnectionString, settings);

        var protectedByA = Protector(instanceA).Protect("at rest");
        var unprotectedByB = Protector(instanceB).Unprotect(protectedByA);

        Assert.Equal("at rest", unprotectedByB);
        var keys = await KeyRows.XmlAsync(database.ConnectionString);
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    public void Dispose() => File.Delete(_certificatePath);

    private static IDataProtector Protector(SharedDatabasePortalFactory instance) =>
        instance.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
